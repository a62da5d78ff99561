-- on_update stops a coroutine by a limit (endless recursion, which switches
-- on_update off but leaves the level running); the next callback closes it,
-- which would run its __close with hooks off.
local co = coroutine.create(function()
  local x <close> = setmetatable({}, { __close = function() while true do end end })
  local function deeper() return 1 + deeper() end
  return deeper()
end)
return {
  format = 1, id = "hostile.loop_close_later", quest = "web", title = "Close a stopped coroutine",
  map = { rows = { "###", "#@#", "###" } },
  on_update = function(dt) coroutine.resume(co) end,
  on_collect = function(skill)
    local ok, err = coroutine.close(co)
    assert(not ok)
    error(err)
  end,
}
