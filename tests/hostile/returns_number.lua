-- A level must return a table.
return 42
