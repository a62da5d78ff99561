return { width = 4, height = 4, rows = {} }
