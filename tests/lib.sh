# tests/lib.sh: shell helpers the store's and the server's tests and benches
# source.

# pg_store NAME: a new database NAME on the throwaway PostgreSQL server
# (tests/pg.sh); prints its URI.
pg_store() {
	psql -X -q -d "$SITREP_TEST_PG" -c "CREATE DATABASE $1" >/dev/null &&
		echo "postgresql:///$1?host=$SITREP_TEST_PG_HOST&user=postgres"
}

# serve_base OUT: the address a `sitrep serve` whose output goes to OUT
# prints once it listens ("http://127.0.0.1:PORT"), waited for up to 10 s;
# fails with the output on stderr when it never does.
serve_base() {
	local b
	for _ in $(seq 1 200); do
		b=$(sed -n 's|^sitrep serve: \(http://[0-9.]*:[0-9]*\)/.*|\1|p' "$1")
		[ -n "$b" ] && { echo "$b"; return 0; }
		sleep 0.05
	done
	echo "the server did not start: $(cat "$1")" >&2
	return 1
}
