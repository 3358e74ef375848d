// Runs before every test file: nothing may touch the developer's .data folder.
process.env.PGLITE_DIR ??= "memory://";
process.env.DATA_DIR ??= `${process.env.TMPDIR ?? "/tmp"}/clientbook-test-data`;
