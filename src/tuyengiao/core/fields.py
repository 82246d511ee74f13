"""Column helpers shared by the apps."""

from django.db import migrations


class UseBinaryCollation(migrations.RunSQL):
    """Give key columns (tree paths, sort keys) byte order on PostgreSQL.

    Our key columns hold digits only, which every collation orders alike, but a range query on a
    locale collation cannot use a plain B-tree as cheaply as on "C". SQLite compares bytes already.
    """

    def __init__(self, table: str, column: str, length: int):
        self.table, self.column, self.length = table, column, length
        super().__init__(sql=migrations.RunSQL.noop, reverse_sql=migrations.RunSQL.noop)

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(
                f'ALTER TABLE "{self.table}" ALTER COLUMN "{self.column}" '
                f'TYPE varchar({self.length}) COLLATE "C"'
            )

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        pass

    def describe(self):
        return f"Byte collation for {self.table}.{self.column} on PostgreSQL"
