-- The sandbox's pattern matcher (src/script/script_pattern.c) against Lua's
-- own. Run by lua5.4 it prints one line per case; run by `skillquest --test`
-- (tests/lua/patterns_test.sh pastes Lua's lines in as `expected`) it makes
-- the same lines with the sandbox's string.find, match, gmatch and gsub and
-- compares. Cases come from a fixed generator: every run tries the same ones.

local seed = 12345
local function rand(n)
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed % n + 1
end

local pieces = {
  "a", "b", "c", "x", ".", "%a", "%d", "%s", "%w", "%p", "%A", "%z", "%%", "%]", "[ab]",
  "[^a]", "[a-c]", "[%d_]", "[]]", "[^]a]", "*", "+", "-", "?", "(", ")", "()", "%1", "%2",
  "%b()", "%bab", "%f[%w]", "%f[%W]", "^", "$", "[", "%", "%g", "1", " ", "(a*)", "(.-)",
  "[a-]", "[-a]", "[%a-c]", "[b-a]", "[^%s]", "[a%-c]", "%f[a]", "%f[^b]", "%0", "%b",
}
local letters = { "a", "b", "c", "(", ")", "1", "2", " ", "_", "x", "\0" }

local function pattern()
  local t = {}
  for i = 1, rand(6) do t[i] = pieces[rand(#pieces)] end
  return table.concat(t)
end

local function subject()
  local t = {}
  for i = 1, rand(12) - 1 do t[i] = letters[rand(#letters)] end
  return table.concat(t)
end

local function show(...)
  local n = select("#", ...)
  local t = {}
  for i = 1, n do
    local v = select(i, ...)
    t[i] = type(v) == "string" and string.format("%q", v) or tostring(v)
  end
  return table.concat(t, ",")
end

local function try(f, ...)
  local r = table.pack(pcall(f, ...))
  -- An error's position names this file, which differs between the runs.
  if not r[1] then return "error " .. tostring(r[2]):gsub("^[^:]*:%d+: ", "") end
  return show(table.unpack(r, 2, r.n))
end

local function gmatch_all(s, p, init)
  local out = {}
  for a, b in string.gmatch(s, p, init) do
    out[#out + 1] = show(a, b)
    if #out > 40 then break end
  end
  return table.concat(out, ";")
end

local replacements = {
  "<%0>", "%1-%1", "%%", "x", "%2", "%", "%9",
  { a = "A", ["1"] = false, b = 7 },
  function(a, b) return b or a end,
  function(a) if a == "a" then return nil end return "[" .. tostring(a) .. "]" end,
  function() return {} end,
}

local function results()
  local lines = {}
  for i = 1, 4000 do
    local s, p = subject(), pattern()
    local init = rand(5) - 3
    local r = replacements[rand(#replacements)]
    lines[#lines + 1] = table.concat({
      i,
      try(string.find, s, p),
      try(string.find, s, p, init),
      try(string.find, s, p, init, true),
      try(string.match, s, p),
      try(string.match, s, p, init),
      try(gmatch_all, s, p),
      try(gmatch_all, s, p, init),
      try(string.gsub, s, p, r),
      try(string.gsub, s, p, r, rand(3) - 1),
    }, " | ")
  end
  return lines
end

if test then
  test("the sandbox's patterns give Lua's results and errors", function(t)
    local got = results()
    local want = {}
    for line in expected:gmatch("[^\n]+") do want[#want + 1] = line end
    t.expect(#want == #got, "expected " .. #want .. " cases, made " .. #got)
    for i = 1, #want do
      if want[i] ~= got[i] then
        t.expect(false, "case differs:\n  lua:     " .. want[i] .. "\n  sandbox: " .. got[i])
      end
    end
  end)
else
  print(table.concat(results(), "\n"))
end
