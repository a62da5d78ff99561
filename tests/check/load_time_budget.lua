-- expect: FILE:2: loading the level took longer than 1000 ms, the level's time budget
while true do end
