return { orientation = "orthogonal", width = 1e28, height = 1, layers = {} }
