"""Alembic environment: run against the connection handed in by models.migrate."""
from alembic import context

from models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # `alembic` command line: build one from the URL in the config
    from models.db import make_engine

    connection = make_engine(config.get_main_option("sqlalchemy.url")).connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them; batch mode does that for us
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
