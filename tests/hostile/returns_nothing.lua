-- A bare return.
return
