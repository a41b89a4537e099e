from alembic import context

connection = context.config.attributes["connection"]
# SQLite can undo DDL inside a transaction; Alembic assumes it cannot unless told.
# With this, each upgrade is all-or-nothing: a crash part way leaves the file as it was.
context.configure(connection=connection, render_as_batch=True, transactional_ddl=True)
with context.begin_transaction():
    context.run_migrations()
