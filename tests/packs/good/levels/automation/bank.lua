-- The pack's review bank: exercises asked only at review desks.
return {
  format = 1,
  quest = "automation",
  exercises = {
    regex_digits = {
      kind = "fill", skill = "pack_regex", language = "python",
      prompt = "Match one or more digits.",
      code = "re.findall(r\"{1}\", text)",
      blanks = {
        { options = { "\\d+", "\\d?", "\\w*" }, answer = 1,
          why = { "\\d is a digit and + means one or more.", "? means zero or one: a single digit at most.",
                  "\\w matches letters too, and * allows nothing at all." } },
      },
      explain = "re.findall returns every match; \\d+ matches a run of digits.",
    },
    regex_anchor = {
      kind = "choice", skill = "pack_regex",
      prompt = "Which pattern matches a whole line that is only digits?",
      choices = {
        { "^\\d+$", right = true, why = "^ and $ anchor the match to the start and end of the line." },
        { "\\d+", why = "Without anchors it also matches the digits inside 'abc123'." },
        { "[0-9]", why = "One digit only, anywhere in the line." },
      },
      explain = "Anchors (^ and $) make a pattern match the whole line, not a part of it.",
    },
    regex_bad_line = {
      kind = "code", skill = "pack_regex", language = "python",
      prompt = "This should find every year like 2024 in the text. Which line is wrong?",
      code = [[
import re
text = "Released 2019, updated 2024."
years = re.match(r"\d{4}", text)
print(years)]],
      answer = 3,
      why = { [1] = "Imports the standard re module: fine.",
              [3] = "re.match only tries at the start of the text; re.findall finds every year." },
      explain = "re.match anchors at the start; re.search finds the first match; re.findall all of them.",
    },
  },
}
