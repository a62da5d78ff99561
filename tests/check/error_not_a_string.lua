-- expect: FILE:2: (a table value)
error({ code = 1 })
