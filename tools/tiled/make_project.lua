-- tools/tiled/make_project.lua [DIR]: writes DIR/skillquest.tiled-project and
-- DIR/objecttypes.xml (default: this script's folder) from classes.lua.
--   lua5.4 tools/tiled/make_project.lua
local here = (arg[0]:match("^(.*)/[^/]*$") or ".")
local out = arg[1] or here
local classes = dofile(here .. "/classes.lua")

local function json_string(s)
  return '"' .. s:gsub('[%c"\\]', function(c)
    return string.format("\\u%04x", c:byte())
  end) .. '"'
end

local function json_value(v)
  if type(v) == "string" then return json_string(v) end
  if math.type(v) == "integer" then return string.format("%d", v) end
  if type(v) == "number" then return string.format("%.17g", v) end
  return tostring(v)
end

local function xml_attr(s)
  return (tostring(s):gsub("&", "&amp;"):gsub('"', "&quot;"):gsub("<", "&lt;"))
end

local lines = {
  "{",
  '    "automappingRulesFile": "",',
  '    "commands": [',
  "    ],",
  '    "extensionsPath": "extensions",',
  '    "folders": [',
  '        "tilesets"',
  "    ],",
  '    "objectTypesFile": "objecttypes.xml",',
  '    "propertyTypes": [',
}
for i, c in ipairs(classes) do
  lines[#lines + 1] = "        {"
  lines[#lines + 1] = '            "color": ' .. json_string(c.color) .. ","
  lines[#lines + 1] = '            "id": ' .. i .. ","
  lines[#lines + 1] = '            "members": ['
  for k, m in ipairs(c.members) do
    lines[#lines + 1] = "                {"
    lines[#lines + 1] = '                    "name": ' .. json_string(m.name) .. ","
    lines[#lines + 1] = '                    "type": ' .. json_string(m.type) .. ","
    lines[#lines + 1] = '                    "value": ' .. json_value(m.value)
    lines[#lines + 1] = "                }" .. (k < #c.members and "," or "")
  end
  lines[#lines + 1] = "            ],"
  lines[#lines + 1] = '            "name": ' .. json_string(c.name) .. ","
  lines[#lines + 1] = '            "type": "class",'
  lines[#lines + 1] = '            "useAs": ['
  lines[#lines + 1] = '                "object",'
  lines[#lines + 1] = '                "tile"'
  lines[#lines + 1] = "            ]"
  lines[#lines + 1] = "        }" .. (i < #classes and "," or "")
end
lines[#lines + 1] = "    ]"
lines[#lines + 1] = "}"

local f = assert(io.open(out .. "/skillquest.tiled-project", "w"))
f:write(table.concat(lines, "\n"), "\n")
f:close()

local x = { '<?xml version="1.0" encoding="UTF-8"?>',
  "<!-- Made by tools/tiled/make_project.lua from classes.lua: do not edit. Tiled 1.8 reads",
  "     these object types; Tiled 1.9 and later turn them into the project's classes. -->",
  "<objecttypes>" }
for _, c in ipairs(classes) do
  local colour = "#" .. c.color:sub(4) -- Tiled 1.8 writes #rrggbb here
  if #c.members == 0 then
    x[#x + 1] = string.format(' <objecttype name="%s" color="%s"/>', xml_attr(c.name), colour)
  else
    x[#x + 1] = string.format(' <objecttype name="%s" color="%s">', xml_attr(c.name), colour)
    for _, m in ipairs(c.members) do
      local value = m.value
      if math.type(value) == "float" then value = string.format("%.17g", value) end
      x[#x + 1] = string.format('  <property name="%s" type="%s" default="%s"/>', xml_attr(m.name),
        m.type, xml_attr(value))
    end
    x[#x + 1] = " </objecttype>"
  end
end
x[#x + 1] = "</objecttypes>"
f = assert(io.open(out .. "/objecttypes.xml", "w"))
f:write(table.concat(x, "\n"), "\n")
f:close()
print("make_project.lua: " .. #classes .. " classes -> " .. out .. "/skillquest.tiled-project, objecttypes.xml")
