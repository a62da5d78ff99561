-- expect: FILE:2: the level went over its budget of 20000000 instructions while loading (the file, its map, its objects and on_start)
while true do end
