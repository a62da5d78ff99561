-- expect: FILE: a level must return a table; this file returned a string
return "check.returns_string"
