-- A level pack's own skills, merged into the catalogue after the shipped ones.
local skills = {}
skills.pack_regex = {
  id = "pack_regex", name = "Regular expressions", field = "automation", side = "developer",
  requires = { "python" },
  card = "A regular expression describes a pattern of text. Python's re module finds, "
    .. "checks and replaces text that matches one.",
}
return skills
