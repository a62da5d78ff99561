-- expect: FILE:14: 'objects' has 10001 entries; at most 10000
return {
  format = 1,
  id = "check.objects_too_many",
  quest = "web",
  title = "Check",
  map = {
    rows = {
      "#######",
      "#@....#",
      "#######",
    },
  },
  objects = (function()
    local list = {}
    for i = 1, 10001 do list[i] = { type = "sign", x = 2, y = 1 } end
    return list
  end)(),
}
