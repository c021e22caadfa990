/* datadir.h: the one place that says where sitrep's data files are
 * (datadir.c): SITREP_DATA_DIR when it is set; else data/ beside the
 * binary (or one folder up, as the tests' are), or the install's
 * share/sitrep, found from where the library or the program is; else the
 * install prefix given at build time. */
#ifndef SR_DATADIR_H
#define SR_DATADIR_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The data folder (found once). */
const char *sr_data_dir(void);
/* The path of a data file (name relative to the folder) into buf. */
const char *sr_data_path(const char *name, char *buf, size_t cap);
/* A data file read whole (malloc'ed, NUL-terminated, *len its size), its
 * path into path; NULL when it is missing, unreadable or over max bytes. */
char *sr_data_read(const char *name, size_t max, size_t *len, char *path, size_t path_cap);
/* A binary data file of sitrep's own (8 bytes of magic, n_counts, at
 * most 8, little-endian 32-bit counts, then a blob whose size size_of
 * gives from them, 0 refusing it, its last byte a NUL), mapped into
 * memory read-only: the blob's first byte (the file must end with it),
 * the counts into counts, the path into path, the mapping's size into
 * *map_len (sr_data_unmap); NULL when the file is missing or anything is
 * off.  For files of sitrep's own build, replaced whole, never rewritten
 * in place. */
const char *sr_data_map(const char *name, const char *magic, uint32_t *counts, int n_counts,
                        size_t (*size_of)(const uint32_t *counts), char *path, size_t path_cap, size_t *map_len);
/* Unmap what sr_data_map mapped (blob and map_len as it gave them). */
void sr_data_unmap(const char *blob, int n_counts, size_t map_len);
#endif
