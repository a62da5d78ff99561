-- levels/game_dev/lib/stage.lua: the quest's own mechanic, part 4: the
-- Panda3D demo of level 4, a robot that should walk across a stage with
-- its drone riding above it, at 60 fps. Three slots hold lines of its
-- code:
--   task     return task.cont (walks every frame) | task.done (one step)
--   parent   drone.reparentTo(robot) (rides along) | (render) (stays put)
--            | empty: never reparented, so never drawn
--   work     empty: the shipped code, loadModel in the walk task (48 ms)
--            | the model loaded once in __init__ (6 ms a frame)
--            | fewer lights (a guess: still 47 ms)
-- The PStats lever shows where the frame's time goes. sq.goal("demo runs")
-- once the robot walks, the drone rides on it, the frame fits in 16.7 ms,
-- and PStats was read before the work line changed (measure first).
local M = {}

local S = {
  robot = nil, drone = nil, stage = nil,
  x = 0, dir = 1,
  task = nil, parent = nil, work = "each_frame",
  measured = false, measured_first = false,
  moved = 0, done = false, tick = 0,
}

local WORK_MS = { once = 6, each_frame = 48, lights = 47 }

function M.stage(x, y, w) S.stage = { x = x, y = y, w = w } end
function M.robot_spawned(self) S.robot = self.id end
function M.done() return S.done end

local function frame_ms() return WORK_MS[S.work] end

function M.panel()
  local ms = frame_ms()
  sq.panel{
    title = "Panda3D demo",
    "walk task: " .. (S.task == "cont" and "task.cont" or S.task == "done" and "task.done" or "-"),
    "drone parent: " .. (S.parent or "none"),
    { string.format("Frame: %d ms of 16.7", ms), value = math.min(1, ms / 50), marker = 16.7 / 50,
      tone = ms <= 16.7 and "good" or "bad" },
    S.measured and (ms > 16.7 and "PStats: App 42 ms in loadModel" or "PStats: App 2, Draw 4 ms")
      or "PStats: not measured yet",
  }
end

local function drone_at()
  local y = S.stage.y
  if S.parent == "robot" then return S.stage.x + S.x, y - 1 end
  return S.stage.x, y - 1     -- where it was put: under render it stays there
end

local function show_drone()
  if S.drone then sq.remove(S.drone); S.drone = nil end
  if not S.parent then return end
  local x, y = drone_at()
  S.drone = sq.spawn{ type = "drone", x = x, y = y }
end

local function check()
  if S.done or S.task ~= "cont" or S.parent ~= "robot" or S.work ~= "once" then return end
  if not S.measured_first then return end
  if S.moved < 60 then return end
  S.done = true
  sq.goal("demo runs")
  sq.xp(20)
  sq.say("Elena", "6 ms a frame, the robot walks and the drone rides on it. And you measured "
    .. "before you changed anything: that is how you optimise.")
end

-- The PStats lever.
function M.measure()
  S.measured = true
  if S.work == "each_frame" then S.measured_first = true end
  M.panel()
  if frame_ms() > 16.7 then
    return "PStats: the frame takes " .. frame_ms() .. " ms. App: 42 ms, almost all of it in "
      .. "loader.loadModel, called from the walk task. Draw: 4 ms. Cull: 2 ms."
  end
  return "PStats: the frame takes " .. frame_ms() .. " ms. App 2 ms, Cull 1 ms, Draw 3 ms: "
    .. "well inside the 16.7 ms a 60 fps frame has."
end

function M.place(slot, token)
  local part = slot.props.part
  if token.props.part ~= part then return false, "That line belongs in another slot." end
  if part == "task" then S.task = token.props.mode
  elseif part == "parent" then S.parent = token.props.mode; show_drone()
  else S.work = token.props.mode end
  sq.set_label(token.id, "", true)
  sq.set_sprite(slot.id, "slot_lit")
  M.panel()
  return true
end

function M.take(slot, token)
  local part = slot.props.part
  sq.set_label(token.id, token.props.label, true)
  sq.set_sprite(slot.id, "slot")
  if part == "task" then S.task = nil
  elseif part == "parent" then S.parent = nil; show_drone()
  else S.work = "each_frame" end
  M.panel()
end

function M.update(dt)
  if not (S.stage and S.robot) then return end
  S.tick = S.tick + 1
  if not S.task then return end
  if S.task == "done" and S.stepped then return end
  S.stepped = true
  -- A slow frame shows as a judder: the robot moves every third tick only.
  if frame_ms() > 16.7 and S.tick % 3 ~= 0 then return end
  local step = 3 * dt * (frame_ms() > 16.7 and 3 or 1)
  S.x = S.x + S.dir * step
  if S.x > S.stage.w - 1 then S.x, S.dir = S.stage.w - 1, -1 end
  if S.x < 0 then S.x, S.dir = 0, 1 end
  sq.move(S.robot, S.stage.x + S.x, S.stage.y)
  if S.drone and S.parent == "robot" then
    local x, y = drone_at()
    sq.move(S.drone, x, y)
  end
  S.moved = S.moved + 1
  check()
end

return M
