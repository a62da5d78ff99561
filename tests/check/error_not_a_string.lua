-- expect: FILE: (a table value)
error({ code = 1 })
