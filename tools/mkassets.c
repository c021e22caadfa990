/* mkassets: the dashboard's files compiled into sitrep (build time).
 *
 *   mkassets OUT.c NAME=PATH...
 *
 * writes OUT.c with each file's bytes, its type (from its name's ending)
 * and a table the server looks names up in (src/serve/assets.h): only
 * these names are ever served, so no request path reaches the file
 * system. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *type_of(const char *name)
{
	static const char *const T[][2] = {{".html", "text/html; charset=utf-8"},
	                                   {".js", "text/javascript; charset=utf-8"},
	                                   {".css", "text/css; charset=utf-8"},
	                                   {".json", "application/json"},
	                                   {".svg", "image/svg+xml"},
	                                   {".png", "image/png"},
	                                   {".txt", "text/plain; charset=utf-8"}};
	size_t n = strlen(name);
	for (size_t i = 0; i < sizeof T / sizeof *T; i++) {
		size_t e = strlen(T[i][0]);
		if (n >= e && !strcmp(name + n - e, T[i][0]))
			return T[i][1];
	}
	return "application/octet-stream";
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: mkassets OUT.c NAME=PATH...\n");
		return 2;
	}
	FILE *out = fopen(argv[1], "w");
	if (!out) {
		perror(argv[1]);
		return 1;
	}
	fprintf(out, "/* made by tools/mkassets.c: do not edit */\n#include \"serve/assets.h\"\n\n");
	int n = argc - 2;
	for (int i = 0; i < n; i++) {
		char *spec = argv[i + 2], *p = strchr(spec, '=');
		if (!p) {
			fprintf(stderr, "mkassets: %s: want NAME=PATH\n", spec);
			return 2;
		}
		FILE *f = fopen(p + 1, "rb");
		if (!f) {
			perror(p + 1);
			return 1;
		}
		fprintf(out, "static const unsigned char a%d[] = {", i);
		int c;
		size_t len = 0;
		while ((c = getc(f)) != EOF)
			fprintf(out, "%s%d,", len++ % 32 ? "" : "\n", c);
		fprintf(out, "0};\n");
		if (ferror(f)) {
			perror(p + 1);
			return 1;
		}
		fclose(f);
		*p = '\0';
		fprintf(out, "#define N%d %zu\n", i, len);
	}
	fprintf(out, "\nconst sr_asset SR_ASSETS[] = {\n");
	for (int i = 0; i < n; i++) {
		const char *name = argv[i + 2];
		fprintf(out, "    {\"%s\", \"%s\", a%d, N%d},\n", name, type_of(name), i, i);
	}
	fprintf(out, "};\nconst size_t SR_N_ASSETS = %d;\n", n);
	if (fclose(out) != 0) {
		perror(argv[1]);
		return 1;
	}
	return 0;
}
