/* datadir.c: where sitrep's data is (the gazetteer, the lexicon, the
 * countries, the dictionaries, the language models' list); see datadir.h.
 *
 * A data folder holds what the build made (gazetteer.bin, lexicon.bin,
 * countries.tsv, countries.actors.txt) and what the source has (dict/,
 * textcat/), side by side: the build writes it as data/ beside the binary,
 * an install as PREFIX/share/sitrep.  It is found from where the code is
 * (the library's file, else the program's), never from a path of the
 * machine that built it, so a binary moved with its data, or installed,
 * runs from any working directory. */
#define _GNU_SOURCE /* dladdr */
#include <dlfcn.h>
#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "datadir.h"

#ifndef SR_INSTALL_DATA_DIR
#define SR_INSTALL_DATA_DIR "/usr/local/share/sitrep"
#endif

static char dir[PATH_MAX];
static pthread_once_t once = PTHREAD_ONCE_INIT;

/* Is d a data folder: does it hold the dictionaries or a built file? */
static bool is_data(const char *d)
{
	static const char *const MARK[] = {"dict", "gazetteer.bin", "lexicon.bin", "countries.tsv"};
	char p[PATH_MAX + 64];
	struct stat st;
	for (size_t i = 0; i < sizeof MARK / sizeof *MARK; i++) {
		snprintf(p, sizeof p, "%.*s/%s", PATH_MAX, d, MARK[i]);
		if (stat(p, &st) == 0)
			return true;
	}
	return false;
}

/* The data folder near the file at path: data/ beside it, or one folder
 * up (a test's binary in build/tests), or an install's share/sitrep from
 * bin/ or lib/ (and lib/<triplet>/). */
static bool near(const char *path)
{
	char real[PATH_MAX];
	if (!path || !realpath(path, real))
		return false;
	char *slash = strrchr(real, '/');
	if (!slash)
		return false;
	*slash = '\0';
	static const char *const UP[] = {"/data", "/../data", "/../share/sitrep", "/../../share/sitrep"};
	for (size_t i = 0; i < sizeof UP / sizeof *UP; i++) {
		char cand[PATH_MAX + 32];
		snprintf(cand, sizeof cand, "%.*s%s", PATH_MAX, real, UP[i]);
		if (is_data(cand) && realpath(cand, dir))
			return true;
	}
	return false;
}

static void find(void)
{
	const char *env = getenv("SITREP_DATA_DIR");
	if (env && *env) {
		snprintf(dir, sizeof dir, "%s", env);
		return;
	}
	Dl_info info;
	if (dladdr((void *)&sr_data_dir, &info) && near(info.dli_fname))
		return;
	if (near("/proc/self/exe"))
		return;
	snprintf(dir, sizeof dir, "%s", SR_INSTALL_DATA_DIR);
}

const char *sr_data_dir(void)
{
	pthread_once(&once, find);
	return dir;
}

const char *sr_data_path(const char *name, char *buf, size_t cap)
{
	snprintf(buf, cap, "%s/%s", sr_data_dir(), name);
	return buf;
}

char *sr_data_read(const char *name, size_t max, size_t *len, char *path, size_t path_cap)
{
	sr_data_path(name, path, path_cap);
	*len = 0;
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	struct stat st;
	char *buf = NULL;
	if (fstat(fileno(f), &st) == 0 && st.st_size >= 0 && (size_t)st.st_size <= max &&
	    (buf = malloc((size_t)st.st_size + 1)) != NULL) {
		*len = fread(buf, 1, (size_t)st.st_size, f);
		buf[*len] = '\0';
	}
	fclose(f);
	return buf;
}

const char *sr_data_map(const char *name, const char *magic, uint32_t *counts, int n_counts,
                        size_t (*size_of)(const uint32_t *counts), char *path, size_t path_cap, size_t *map_len)
{
	sr_data_path(name, path, path_cap);
	if (n_counts < 0 || n_counts > 8)
		return NULL;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return NULL;
	struct stat st;
	size_t hn = 8 + 4 * (size_t)n_counts;
	char head[8 + 4 * 8];
	const char *base = NULL;
	if (fstat(fd, &st) == 0 && st.st_size > 0 && (uint64_t)st.st_size > hn && pread(fd, head, hn, 0) == (ssize_t)hn &&
	    memcmp(head, magic, 8) == 0) {
		memcpy(counts, head + 8, 4 * (size_t)n_counts);
		size_t size = size_of(counts);
		if (size && (uint64_t)st.st_size == hn + size) {
			void *m = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
			if (m != MAP_FAILED) {
				base = m;
				if (base[hn + size - 1] != '\0') {
					munmap(m, (size_t)st.st_size);
					base = NULL;
				} else {
					*map_len = (size_t)st.st_size;
				}
			}
		}
	}
	close(fd);
	return base ? base + hn : NULL;
}

void sr_data_unmap(const char *blob, int n_counts, size_t map_len)
{
	if (blob)
		munmap((void *)(uintptr_t)(blob - 8 - 4 * (size_t)n_counts), map_len);
}
