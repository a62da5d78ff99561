/* apidoc: writes the level author's API reference and editor annotations
 * from src/script/script_api.def, the one description of the sq.* API.
 *
 *   sq-apidoc docs/levels-api.md scripts/skillquest.d.lua
 *
 * The first file is Markdown for people (docs/levels-api.md), the second a
 * LuaLS (lua-language-server) meta file for editors. Both come from the same
 * table below, so they cannot drift from the functions script_api.c
 * registers. The output depends on nothing but this file and the .def: no
 * dates, no paths, no locale. Exit status: 0 written, 1 a problem in the
 * .def or a file that could not be written, 2 bad usage. Plain C11 + libc. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    const char *name, *params, *returns, *summary, *example;
} api_entry;

static const api_entry api[] = {
#define SQ_API(name, params, returns, summary, example) {#name, params, returns, summary, example},
#include "script_api.def"
#undef SQ_API
};
#define API_COUNT (sizeof api / sizeof *api)

/* --- the types the functions and the level file use ------------------------
 * A field is "name: type # description"; a name ending in '?' is optional.
 * These mirror the code: src/script_api.c (entities, instances, skills),
 * src/script_level.c (the level table), scripts/behaviours.lua (behaviours)
 * and src/script_test.c (level tests). */
typedef struct {
    const char *name;
    const char *doc;
    const char *const *fields;
} api_class;

static const char *const f_spawn[] = {
    "type: string # the behaviour: a key of the level's `behaviours` or of scripts/behaviours.lua",
    "x: number # the tile column it stands in (fractions allowed); the collider is centred in it",
    "y: number # the tile row it stands in (fractions allowed); the collider rests on its bottom edge",
    "name?: string # what goals, t.walk_to and messages call it",
    "[string]: any # every other field is kept in the instance's props",
    NULL,
};
static const char *const f_entity[] = {
    "id: integer # the entity id (sq.remove, sq.move, ...)",
    "type: string # its behaviour, or \"player\"",
    "name?: string # its name, if it has one (the player's is \"player\")",
    "x: number # tiles from the map's left edge to its collider's left edge",
    "y: number # tiles from the map's top edge to its collider's top edge",
    NULL,
};
static const char *const f_instance[] = {
    "id: integer # the entity id",
    "type: string # its behaviour",
    "name?: string # its name, if it has one",
    "props: table<string, any> # every field the level gave the object (skill, dialogue, quiz, requires, ...)",
    "[string]: any # a behaviour may keep its own state here (self.opened = true)",
    NULL,
};
static const char *const f_skill[] = {
    "id: string # the skill id, as in scripts/skills/",
    "name: string # the name cards show",
    "field: string # the curriculum field (web, apis, cybersecurity, ...)",
    "side: \"developer\"|\"engineer\" # which role the skill belongs to",
    "card: string # two or three sentences: what it is and why it matters",
    NULL,
};
static const char *const f_level[] = {
    "format: integer # the level API version: 1",
    "id: string # unique id, \"quest.name\" by convention (office.first_day)",
    "quest: string # the quest (curriculum field) the level belongs to",
    "title: string # shown above the goals and on the opening page",
    "brief?: string # the opening page; the title is shown when there is none",
    "map: sq.Map|string # inline rows and legend, or a Tiled Lua export next to the level",
    "objects?: sq.Object[] # things placed by tile coordinates",
    "dialogue?: table<string, sq.DialogueLine[]> # conversations by id",
    "exercises?: table<string, sq.Exercise> # exercises by id (choice, order, sort, code, fill)",
    "quizzes?: table<string, sq.Quiz> # the older form of choice exercises, by id",
    "hints?: string[]|string # revealed one at a time (H, or sq.hint())",
    "goals?: sq.Goal[] # what the exit waits for; at most 6 are listed on screen",
    "requires?: string[]|string # skill ids a player needs before this level",
    "grants?: sq.Grants # what completing the level gives",
    "music?: string # a track in assets/gen, name without .wav (default music_hub)",
    "behaviours?: table<string, sq.Behaviour> # the level's own behaviours; they win over shared ones",
    "on_start?: fun() # after every object is spawned",
    "on_update?: fun(dt: number) # every tick while the world runs (dt = 1/60)",
    "on_touch?: fun(entity: sq.Instance, other: sq.Instance) # a sensor overlaps something",
    "on_interact?: fun(entity: sq.Instance) # the player pressed confirm next to a solid entity",
    "on_collect?: fun(skill: string) # the player gained a skill during the level",
    "on_answer?: fun(exercise: string, correct: boolean) # the player closed an exercise's feedback",
    "on_place?: fun(slot: sq.Instance, token: sq.Instance): boolean?, string? # the player, carrying token, used slot: true takes it; false and a reason refuses it",
    "on_take?: fun(slot: sq.Instance, token: sq.Instance) # the player took token back off slot",
    NULL,
};
static const char *const f_map[] = {
    "rows: string[] # one string per row, all the same width (1 to 512)",
    "legend?: table<string, string|sq.LegendEntry> # adds to and overrides the default legend",
    NULL,
};
static const char *const f_legend[] = {
    "type: string # the behaviour placed on that tile",
    "name?: string # its name",
    "tile?: \"floor\"|\"carpet\"|\"wall\"|\"void\"|\"desk\"|\"plant\"|\"bookshelf\"|\"server_rack\" # the tile under it (default floor)",
    "[string]: string|number|boolean # everything else becomes a prop",
    NULL,
};
static const char *const f_object[] = {
    "type: string # the behaviour",
    "x: integer # tile column, from 0 at the left",
    "y: integer # tile row, from 0 at the top",
    "name?: string # its name",
    "[string]: string|number|boolean # everything else becomes a prop",
    NULL,
};
static const char *const f_spoken[] = {
    "speaker?: string # who speaks (default: the previous line's speaker)",
    "text: string # one page: at most 3 lines in the dialogue box",
    NULL,
};
static const char *const f_quiz[] = {
    "question: string # at most 3 lines",
    "choices: string[] # 2 or more (the quiz screen shows 6 at most)",
    "answer: integer # the right choice, from 1",
    "explanation: string # why the answer is right, shown after any answer",
    "skill?: string # the skill it reviews",
    NULL,
};
static const char *const f_exercise[] = {
    "kind?: \"choice\"|\"order\"|\"sort\"|\"code\"|\"fill\" # default choice",
    "skill: string # the skill it exercises (review and mastery need it)",
    "prompt: string # the task, at most 4 lines on the exercise panel",
    "explain?: string # why the answer is the answer, after any answer (5 lines at most)",
    "scenario?: boolean # a \"which would you choose, and why\" in a concrete situation",
    "choices?: sq.Item[] # choice: 2 to 5, each { \"text\", right = true?, why = \"...\" }; several right: pick all that apply",
    "items?: sq.Item[] # order: 3 to 7 steps written in the right order; sort: 2 to 8 { \"text\", bin = N, why = \"...\" }",
    "bins?: string[] # sort: 2 to 4 bin names",
    "language?: string # code, fill: python, javascript, sql, shell, http, json, yaml, lua, c, text",
    "code?: string # code, fill: the snippet (at most 40 lines of 56 columns); fill marks blanks {1} {2} {3}",
    "answer?: integer # code: the line that is the answer (choice, older form: the right choice's number)",
    "answers?: integer[] # code: several lines",
    "why?: table<integer, string> # code: why a line is (not) the answer, by line number",
    "blanks?: sq.Blank[] # fill: { options = { ... }, answer = N, why = { ... } } for each blank",
    NULL,
};
static const char *const f_item[] = {
    "[1]: string # the text",
    "why: string # why it is right or wrong, or where it belongs",
    "right?: boolean # choice: a right choice",
    "bin?: integer # sort: its bin, from 1",
    NULL,
};
static const char *const f_blank[] = {
    "options: string[] # 2 to 4 tokens, each 24 characters at most",
    "answer: integer # the right option, from 1",
    "why: string[] # why each option is right or wrong",
    NULL,
};
static const char *const f_panel[] = {
    "title?: string # the panel's heading",
    "[integer]: string|sq.PanelLine # up to 8 lines",
    NULL,
};
static const char *const f_panel_line[] = {
    "[1]: string # the words (say the number in them too)",
    "value?: number # 0 to 1: drawn as a bar",
    "marker?: number # 0 to 1: a mark on the bar (a budget, a target)",
    "tone?: \"good\"|\"warn\"|\"bad\" # colour and a word of state",
    NULL,
};
static const char *const f_goal[] = {
    "collect?: string # a skill id: met when the player gains it",
    "talk?: string # a name: met when that mentor is talked to (sq.goal(name))",
    "answer?: string # a quiz id: met when it is answered right",
    "reach?: string # a name: met when the player touches that sensor, or by sq.goal(name)",
    "text?: string # what the goal list says (default: the target)",
    "hint?: string # the hint while this is the goal in hand; {where:NAME} says the way to NAME",
    NULL,
};
static const char *const f_grants[] = {
    "skills?: string[]|string # skill ids given on completion",
    "xp?: integer # 0 to 10000",
    NULL,
};
static const char *const f_behaviour[] = {
    "sprite?: string # atlas name, without _N when animated",
    "frames?: integer # animation frames (default 1)",
    "rate?: integer # ticks per frame (default 8)",
    "size?: integer[] # { w, h }: the collider in pixels (default 16x16, at most 32)",
    "align?: \"top\" # hang the collider from the tile's top instead of its bottom",
    "offset?: integer[] # { dx, dy }: where the picture sits relative to the collider",
    "solid?: boolean # blocks the player; confirm next to it calls on_interact",
    "sensor?: boolean # reports overlaps: on_touch",
    "moves?: boolean # moves by its velocity (sq.set_velocity)",
    "bounce?: boolean # turns around at walls",
    "hidden?: boolean # not drawn",
    "on_spawn?: fun(self: sq.Instance) # after it is created",
    "on_touch?: fun(self: sq.Instance, other: sq.Instance) # a sensor overlapped another entity this tick",
    "on_interact?: fun(self: sq.Instance) # the player pressed confirm next to it",
    "on_update?: fun(self: sq.Instance, dt: number) # every tick (costs a call: define only when needed)",
    NULL,
};

static const char *const f_quest[] = {
    "id: string # the field's id, as levels name it in `quest`",
    "name: string # the field's name",
    "requires: string[] # skills that open its portal",
    "levels: integer # level files found for it, shipped and from level packs",
    "won: integer # how many of them the player has won",
    "open: boolean # the player holds every skill in requires (and has completed the quests it needs)",
    "needs_quests: integer # how many more other quests must be complete first (0 for most fields)",
    NULL,
};

static const api_class classes[] = {
    {"sq.SpawnDesc", "What sq.spawn makes: a behaviour at a place, with props.", f_spawn},
    {"sq.Entity", "A live entity as sq.entity and sq.player report it.", f_entity},
    {"sq.Instance", "`self` in a behaviour, and the entities level callbacks get.", f_instance},
    {"sq.Skill", "A skill from the catalogue (scripts/skills/, and packs' skills.lua), as sq.skill returns it.", f_skill},
    {"sq.Quest", "A field of the curriculum as a quest (scripts/fields.lua), as sq.quests returns it.",
     f_quest},
    {"sq.Panel", "A readout panel (sq.panel).", f_panel},
    {"sq.PanelLine", "A line of a readout panel with a bar.", f_panel_line},
};

static const api_class level_classes[] = {
    {"sq.Level", "The table a level file returns.", f_level},
    {"sq.Map", "An inline map: rows of characters and what they mean.", f_map},
    {"sq.LegendEntry", "A legend character that places an object.", f_legend},
    {"sq.Object", "An entry of the level's `objects` list.", f_object},
    {"sq.SpokenLine", "A dialogue page with its speaker.", f_spoken},
    {"sq.Exercise", "Something the player does with a skill (sq.ask): five kinds.", f_exercise},
    {"sq.Item", "A choice, a step or an item of an exercise.", f_item},
    {"sq.Blank", "One blank of a fill exercise.", f_blank},
    {"sq.Quiz", "The older form of a choice exercise (still read).", f_quiz},
    {"sq.Goal", "One goal: exactly one of collect, talk, answer or reach.", f_goal},
    {"sq.Grants", "What the level gives when it is completed.", f_grants},
    {"sq.Behaviour", "How an entity looks, collides and acts (scripts/behaviours.lua).", f_behaviour},
};

/* The global `quest`: scripts/helpers.lua, built on sq.* and loaded into
 * every level. Keep this list in step with that file. */
typedef struct {
    const char *name, *params, *returns, *summary, *example;
} api_helper;

static const api_helper helpers[] = {
    {"has_all", "skills: string|string[]", "boolean",
     "True when the player holds every skill in the list (or the one skill).",
     "if quest.has_all({ \"http\", \"json\" }) then sq.open_gate(self.id) end"},
    {"distance", "a: integer, b: integer", "number",
     "Distance in tiles between two entities (ids), or math.huge if one is gone.",
     "if quest.distance(self.id, sq.player().id) < 3 then sq.hint() end"},
    {"player_near", "id: integer, tiles?: number", "boolean",
     "True when the player stands within tiles (default 1.5) of the entity.",
     "if quest.player_near(self.id, 2) then sq.sound(\"talk\") end"},
    {"once", "key: string, fn: function", "boolean",
     "Runs fn the first time it is called with this key, never again; true when it ran.",
     "quest.once(\"welcome\", function() sq.say(\"Ada\", \"Welcome!\") end)"},
    {"every", "seconds: number, fn: function", "",
     "Calls fn every seconds of game time, for the rest of the level.",
     "quest.every(10, function() sq.xp(1) end)"},
    {"say_pages", "speaker: string, pages: string[]", "",
     "Says a list of pages as one speaker.",
     "quest.say_pages(\"Ada\", { \"First page.\", \"Second page.\" })"},
};
#define HELPER_COUNT (sizeof helpers / sizeof *helpers)

/* Level tests (NAME.test.lua): the `t` table, from src/script_test.c. */
typedef struct {
    const char *name, *params, *returns, *summary;
} api_test_fn;

static const api_test_fn test_fns[] = {
    {"load", "file: string", "", "Starts the level (a path relative to the test file) in a fresh headless game."},
    {"hold", "action: sq.Action, ticks?: integer", "", "Holds an action down for ticks (default 1), then releases it for one tick."},
    {"press", "action: sq.Action, times?: integer", "", "Taps an action times (default 1): one tick down, one tick up."},
    {"wait", "ticks?: integer", "", "Runs ticks (default 1, at most 36000) with nothing pressed."},
    {"advance", "max?: integer", "integer", "Presses confirm until no dialogue is open (at most max pages, default 50); returns the pages turned. Stops at a quiz."},
    {"answer", "choice: integer", "boolean", "Picks a choice (from 1, as the level writes them: the screen shuffles them) in the open choice exercise, confirms and closes the feedback; true when it was right. An error when no exercise is open."},
    {"solve", "right?: boolean", "boolean", "Answers the open exercise of any kind (choice, order, sort, code, fill) with the keys a player would press: right (the default), or wrong on purpose with t.solve(false); closes the feedback and returns whether it was judged right. An error when none is open."},
    {"exercise", "", "{ kind: string, id: string }|nil", "The open exercise's kind and id, or nil."},
    {"walk_to", "target: string", "", "Walks the player, with the game's path-finding, to the entity with this name, else the first of this behaviour type; stops next to a solid one, on a pickup, or when something speaks. An error when it cannot get there."},
    {"has_skill", "skill: string", "boolean", "True when the player holds the skill: it was taught (an orb, a mentor) and one of its exercises answered right."},
    {"learning", "skill: string", "boolean", "True while the skill is taught but not yet held (none of its exercises answered right yet)."},
    {"xp", "", "integer", "The player's experience points."},
    {"goals_met", "", "boolean", "True when every goal of the level is done."},
    {"complete", "", "boolean", "True once the level is won."},
    {"failed", "", "boolean", "True once the level is lost (sq.fail)."},
    {"dialogue_open", "", "boolean", "True while a dialogue box is open."},
    {"text", "", "string|nil", "The open dialogue page, or the quiz question (its explanation after answering), or nil."},
    {"quiz_open", "", "boolean", "True while an exercise (a quiz) is open."},
    {"player", "", "number?, number?", "The player's collider top-left in tiles, or nothing when there is no player."},
    {"error", "", "string|nil", "The last error the level caused (loading or a callback), or nil."},
    {"level", "", "string|nil", "The id of the level now playing (after a portal, the quest's level)."},
    {"new_game", "", "", "Starts the whole game as a player does: the title, New game, the hub."},
    {"save", "", "{ xp: integer, skills: integer, rank: integer, mastered: integer }", "Writes the progress to a scratch save on disk, reads it back and returns what the file holds."},
    {"day", "day?: integer", "integer", "The day count spaced review schedules by (days since 1970-01-01); with an argument, moves to noon of that day first. t.load and t.new_game start at noon of day 20000."},
    {"hours", "hours: integer", "", "Moves the game's clock on by whole hours (the mastery rule counts 20 hours between due reviews); past midnight, the day changes too."},
    {"mastered", "skill: string", "boolean", "True when the player holds the skill and has mastered it: right on two different exercises, each when the skill was due, at least 20 hours apart."},
    {"label", "target: string", "string|nil", "The label an entity shows (sq.set_label), found by name, else by behaviour type; nil when it has none. Lines are joined by \"\\n\"."},
    {"grant", "skill: string", "", "Gives the player a skill, taught and held, as if earned before this level: a level's test starts from its prerequisites (scripts/fields.lua and the cards' requires). An error for a skill the catalogue does not have."},
    {"where", "target: string", "number?, number?", "Where an entity is (by name, else the first of this behaviour type): its centre in tiles, or nothing when there is none."},
    {"toast", "", "string|nil", "The short line shown at the bottom now (a bug's bite, a refusal), or nil."},
    {"hint", "", "string|nil", "What the hint key would say now: the hint of the first goal not done (with {where:NAME} worked out from where the player stands), or nil."},
    {"screen", "", "string|nil", "The screen on top, by name (\"summary\", \"quest complete\", \"exercise\", \"dialogue\", \"title\", \"pause\", \"settings\", \"codex\"...), or nil in plain play."},
    {"levels", "quest: string", "string[]", "The ids of a quest's levels in the order its portal plays them: shipped ones, then level packs (--data-dir)."},
    {"reviews_due", "", "integer", "How many review exercises could be asked now (as sq.reviews_due): missed ones whose turn came back, then skills that are due."},
    {"right_answer", "", "integer", "The right choice (from 1) of the open quiz, so a test can answer right or wrong on purpose. An error when no quiz is open."},
    {"rank", "", "string", "The player's rank title (scripts/ranks.lua)."},
    {"expect", "condition: any, message?: string", "", "Fails the test case with message (and this line) unless condition is true."},
    {"career", "", "", "From now on in this case, t.load keeps what the player holds, their XP, won levels and the day, as a player going on to the next level would (a case starts a fresh game otherwise)."},
    {"play", "file: string, name: string", "", "Plays the case called name of another test file (a path relative to this one) in this game, as a career: its t.load keeps the player's progress, its t.grant checks the skill is held instead of giving it (an error names the skill no earlier level taught), its paths are relative to its own file. How a campaign plays a whole career from level tests."},
};
#define TEST_FN_COUNT (sizeof test_fns / sizeof *test_fns)

/* --- parsing the LuaLS notation of params ---------------------------------- */

typedef struct {
    char name[64];
    char type[160];
    int optional; /* name ended in '?' */
    int vararg;   /* name is "..." */
} api_param;

#define MAX_PARAMS 12

static int failures;

static void complain(const char *where, const char *what, const char *text)
{
    fprintf(stderr, "sq-apidoc: %s: %s: \"%s\"\n", where, what, text);
    failures++;
}

static void trim(const char **start, const char **end)
{
    while (*start < *end && (**start == ' ' || **start == '\t')) (*start)++;
    while (*end > *start && ((*end)[-1] == ' ' || (*end)[-1] == '\t')) (*end)--;
}

/* Splits "a: T, b?: fun(x: U, y: V): W, ...: string" at top-level commas. */
static int parse_params(const char *where, const char *text, api_param *out)
{
    int n = 0, depth = 0;
    const char *start = text;
    for (const char *p = text;; p++) {
        if (*p == '(' || *p == '<' || *p == '{' || *p == '[') depth++;
        if (*p == ')' || *p == '>' || *p == '}' || *p == ']') depth--;
        if (*p != '\0' && !(*p == ',' && depth == 0)) continue;
        const char *s = start, *e = p;
        trim(&s, &e);
        if (s == e) {
            if (*p != '\0' || n > 0) complain(where, "empty parameter", text);
            if (*p == '\0') break;
            start = p + 1;
            continue;
        }
        const char *colon = memchr(s, ':', (size_t)(e - s));
        if (!colon || n == MAX_PARAMS) {
            complain(where, colon ? "too many parameters" : "a parameter needs \"name: type\"", text);
        } else {
            api_param *a = &out[n++];
            memset(a, 0, sizeof *a);
            const char *ns = s, *ne = colon, *ts = colon + 1, *te = e;
            trim(&ns, &ne);
            trim(&ts, &te);
            if (ne > ns && ne[-1] == '?') a->optional = 1, ne--;
            size_t nl = (size_t)(ne - ns), tl = (size_t)(te - ts);
            if (nl == 0 || nl >= sizeof a->name || tl == 0 || tl >= sizeof a->type) {
                complain(where, "bad parameter", text);
                n--;
            } else {
                memcpy(a->name, ns, nl);
                memcpy(a->type, ts, tl);
                a->vararg = strcmp(a->name, "...") == 0;
            }
        }
        if (*p == '\0') break;
        start = p + 1;
    }
    return n;
}

/* A field "name?: type # doc" split into its parts. */
typedef struct {
    char name[64];
    char type[200];
    const char *doc;
    int optional;
} api_field;

static void parse_field(const char *text, api_field *f)
{
    memset(f, 0, sizeof *f);
    const char *hash = strstr(text, " # ");
    const char *end = hash ? hash : text + strlen(text);
    f->doc = hash ? hash + 3 : "";
    /* The first ": " outside brackets ends the name ("[string]: any"). */
    const char *colon = NULL;
    int depth = 0;
    for (const char *p = text; p < end; p++) {
        if (*p == '[') depth++;
        if (*p == ']') depth--;
        if (*p == ':' && depth == 0) {
            colon = p;
            break;
        }
    }
    if (!colon) {
        complain("field", "needs \"name: type\"", text);
        return;
    }
    const char *ns = text, *ne = colon, *ts = colon + 1, *te = end;
    trim(&ns, &ne);
    trim(&ts, &te);
    if (ne > ns && ne[-1] == '?') f->optional = 1, ne--;
    size_t nl = (size_t)(ne - ns), tl = (size_t)(te - ts);
    if (nl >= sizeof f->name || tl >= sizeof f->type) {
        complain("field", "too long", text);
        return;
    }
    memcpy(f->name, ns, nl);
    memcpy(f->type, ts, tl);
}

/* --- writing -------------------------------------------------------------- */

/* Writes text with every line prefixed (LuaLS comments are line by line). */
static void put_prefixed(FILE *f, const char *prefix, const char *text)
{
    fputs(prefix, f);
    for (const char *p = text; *p; p++) {
        fputc(*p, f);
        if (*p == '\n' && p[1]) fputs(prefix, f);
    }
    fputc('\n', f);
}

static void signature(char *out, size_t size, const char *prefix, const char *name,
                      const api_param *ps, int n, const char *returns)
{
    size_t used = (size_t)snprintf(out, size, "%s%s(", prefix, name);
    for (int i = 0; i < n && used < size; i++)
        used += (size_t)snprintf(out + used, size - used, "%s%s%s: %s", i ? ", " : "", ps[i].name,
                                 ps[i].optional ? "?" : "", ps[i].type);
    if (used < size) used += (size_t)snprintf(out + used, size - used, ")");
    if (returns[0] && used < size) snprintf(out + used, size - used, " -> %s", returns);
}

/* GitHub's heading anchor for "sq.name" / "t.name": lowercase, dots dropped. */
static void anchor(char *out, size_t size, const char *prefix, const char *name)
{
    size_t k = 0;
    char both[128];
    snprintf(both, sizeof both, "%s%s", prefix, name);
    for (const char *p = both; *p && k + 1 < size; p++)
        if (*p != '.') out[k++] = *p;
    out[k] = '\0';
}

static void md_class(FILE *f, const api_class *c)
{
    fprintf(f, "### %s\n\n%s\n\n| field | type | |\n|---|---|---|\n", c->name, c->doc);
    for (const char *const *p = c->fields; *p; p++) {
        api_field fl;
        parse_field(*p, &fl);
        /* Pipes inside a table cell must be escaped in Markdown. */
        fprintf(f, "| `%s%s` | `", fl.name, fl.optional ? "?" : "");
        for (const char *t = fl.type; *t; t++) {
            if (*t == '|') fputc('\\', f);
            fputc(*t, f);
        }
        fprintf(f, "` | %s |\n", fl.doc);
    }
    fputc('\n', f);
}

static int write_markdown(const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f) {
        fprintf(stderr, "sq-apidoc: cannot write %s\n", path);
        return 1;
    }
    fputs("<!-- Generated by tools/apidoc.c from src/script/script_api.def: do not edit by hand.\n"
          "     Regenerate with `cmake --build --preset debug --target docs`. -->\n\n"
          "# The `sq` API\n\n"
          "Every function a level's Lua code can call: in callbacks (`on_start`, `on_update`, ...)\n"
          "and in behaviours. The level file format, the checker and level tests are explained in\n"
          "the level author's guide, [levels.md](levels.md).\n\n"
          "Coordinates are in tiles, counted from 0 at the map's top-left corner; fractions are\n"
          "allowed. Speeds are in tiles per second. Time is game time: it stands still while a\n"
          "dialogue, a quiz or the quit prompt is open.\n\n"
          "A call that breaks a rule (an unknown skill, a dialogue the level does not define, a\n"
          "number out of range) raises a Lua error; the callback it happened in is switched off\n"
          "and the message is shown on screen, while the rest of the level goes on.\n\n"
          "## Functions\n\n", f);
    for (size_t i = 0; i < API_COUNT; i++) {
        char a[128];
        anchor(a, sizeof a, "sq.", api[i].name);
        fprintf(f, "- [`sq.%s`](#%s): ", api[i].name, a);
        /* The first sentence of the summary. */
        const char *s = api[i].summary;
        const char *stop = strstr(s, ". ");
        if (stop)
            fprintf(f, "%.*s.\n", (int)(stop - s), s);
        else
            fprintf(f, "%s\n", s);
    }
    fputc('\n', f);
    for (size_t i = 0; i < API_COUNT; i++) {
        api_param ps[MAX_PARAMS];
        int n = parse_params(api[i].name, api[i].params, ps);
        char sig[600];
        signature(sig, sizeof sig, "sq.", api[i].name, ps, n, api[i].returns);
        fprintf(f, "### sq.%s\n\n```lua\n%s\n```\n\n%s\n\n", api[i].name, sig, api[i].summary);
        if (n > 0) {
            fputs("| parameter | type |\n|---|---|\n", f);
            for (int k = 0; k < n; k++) {
                fprintf(f, "| `%s` | `", ps[k].name);
                for (const char *t = ps[k].type; *t; t++) {
                    if (*t == '|') fputc('\\', f);
                    fputc(*t, f);
                }
                fprintf(f, "`%s |\n", ps[k].optional ? " (optional)" : ps[k].vararg ? " (any number)" : "");
            }
            fputc('\n', f);
        }
        if (api[i].returns[0]) {
            fputs("Returns `", f);
            for (const char *t = api[i].returns; *t; t++) fputc(*t, f);
            fputs("`.\n\n", f);
        }
        fprintf(f, "```lua\n%s\n```\n\n", api[i].example);
    }
    fputs("## Quest helpers\n\n"
          "The global `quest` (scripts/helpers.lua) holds small helpers built only on the\n"
          "`sq` functions above; read that file to see how they are made. (The level's own\n"
          "`quest` key is something else: the name of its quest.)\n\n", f);
    for (size_t i = 0; i < HELPER_COUNT; i++) {
        api_param ps[MAX_PARAMS];
        int n = parse_params(helpers[i].name, helpers[i].params, ps);
        char sig[600];
        signature(sig, sizeof sig, "quest.", helpers[i].name, ps, n, helpers[i].returns);
        fprintf(f, "### quest.%s\n\n```lua\n%s\n```\n\n%s\n\n```lua\n%s\n```\n\n", helpers[i].name,
                sig, helpers[i].summary, helpers[i].example);
    }
    fputs("## Types\n\n", f);
    for (size_t i = 0; i < sizeof classes / sizeof *classes; i++) md_class(f, &classes[i]);
    fputs("## The level table\n\n"
          "What a level file returns; [levels.md](levels.md) explains each part with examples.\n\n", f);
    for (size_t i = 0; i < sizeof level_classes / sizeof *level_classes; i++)
        md_class(f, &level_classes[i]);
    fputs("### sq.DialogueLine\n\nA page of a conversation: `\"text\"` (the previous speaker goes on),\n"
          "`{ \"Speaker\", \"text\" }` or `{ speaker = \"Speaker\", text = \"text\" }`.\n\n", f);
    fputs("## Level tests\n\n"
          "A test file (`NAME.test.lua`) calls `test(name, function(t) ... end)` once per case;\n"
          "`skillquest --test FILE|DIR` runs them headless. Actions are `up`, `down`, `left`,\n"
          "`right`, `confirm`, `cancel`, `menu` and `hint`; ticks are 1/60 s.\n\n", f);
    for (size_t i = 0; i < TEST_FN_COUNT; i++) {
        api_param ps[MAX_PARAMS];
        int n = parse_params(test_fns[i].name, test_fns[i].params, ps);
        char sig[600];
        signature(sig, sizeof sig, "t.", test_fns[i].name, ps, n, test_fns[i].returns);
        fprintf(f, "- `%s`: %s\n", sig, test_fns[i].summary);
    }
    if (fclose(f) != 0) {
        fprintf(stderr, "sq-apidoc: cannot write %s\n", path);
        return 1;
    }
    return 0;
}

static void lua_class(FILE *f, const api_class *c)
{
    fprintf(f, "---%s\n---@class %s\n", c->doc, c->name);
    for (const char *const *p = c->fields; *p; p++) {
        api_field fl;
        parse_field(*p, &fl);
        if (fl.type[0] == '\0') continue;
        if (fl.name[0] == '[')
            fprintf(f, "---@field %s %s # %s\n", fl.name, fl.type, fl.doc);
        else
            fprintf(f, "---@field %s%s %s # %s\n", fl.name, fl.optional ? "?" : "", fl.type, fl.doc);
    }
    fputc('\n', f);
}

static void lua_function(FILE *f, const char *table, const char *name, const char *params,
                         const char *returns, const char *summary, const char *example)
{
    api_param ps[MAX_PARAMS];
    int n = parse_params(name, params, ps);
    put_prefixed(f, "--- ", summary);
    if (example) {
        fputs("---\n--- ```lua\n", f);
        put_prefixed(f, "--- ", example);
        fputs("--- ```\n", f);
    }
    for (int k = 0; k < n; k++)
        fprintf(f, "---@param %s%s %s\n", ps[k].name, ps[k].optional ? "?" : "", ps[k].type);
    if (returns[0]) {
        /* "number?, number?" is two results. */
        char copy[200];
        snprintf(copy, sizeof copy, "%s", returns);
        for (char *r = strtok(copy, ","); r; r = strtok(NULL, ",")) {
            while (*r == ' ') r++;
            fprintf(f, "---@return %s\n", r);
        }
    }
    fprintf(f, "function %s.%s(", table, name);
    for (int k = 0; k < n; k++) fprintf(f, "%s%s", k ? ", " : "", ps[k].name);
    fputs(") end\n\n", f);
}

static int write_annotations(const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f) {
        fprintf(stderr, "sq-apidoc: cannot write %s\n", path);
        return 1;
    }
    fputs("---@meta\n"
          "-- SkillQuest level API for lua-language-server (LuaLS): completion, hover help\n"
          "-- and type checks in your editor. Generated by tools/apidoc.c from\n"
          "-- src/script/script_api.def: do not edit by hand. The game never loads this file.\n"
          "-- Setup: docs/levels.md, \"Editor setup\". In a level file, annotate the table:\n"
          "--   ---@type sq.Level\n"
          "--   local level = { format = 1, ... }\n"
          "--   return level\n\n"
          "---The game's functions for levels. Coordinates are in tiles, speeds in tiles per second.\n"
          "sq = {}\n\n", f);
    for (size_t i = 0; i < sizeof classes / sizeof *classes; i++) lua_class(f, &classes[i]);
    for (size_t i = 0; i < API_COUNT; i++)
        lua_function(f, "sq", api[i].name, api[i].params, api[i].returns, api[i].summary,
                     api[i].example);
    fputs("-- --- Quest helpers (scripts/helpers.lua) ----------------------------------\n\n"
          "---Small helpers built on sq.*, loaded into every level (scripts/helpers.lua).\n"
          "quest = {}\n\n", f);
    for (size_t i = 0; i < HELPER_COUNT; i++)
        lua_function(f, "quest", helpers[i].name, helpers[i].params, helpers[i].returns,
                     helpers[i].summary, helpers[i].example);
    fputs("-- --- The level table ------------------------------------------------------\n\n", f);
    for (size_t i = 0; i < sizeof level_classes / sizeof *level_classes; i++)
        lua_class(f, &level_classes[i]);
    fputs("---A page of a conversation: \"text\" (the previous speaker goes on),\n"
          "---{ \"Speaker\", \"text\" } or { speaker = \"Speaker\", text = \"text\" }.\n"
          "---@alias sq.DialogueLine string|string[]|sq.SpokenLine\n\n", f);
    if (fclose(f) != 0) {
        fprintf(stderr, "sq-apidoc: cannot write %s\n", path);
        return 1;
    }
    return 0;
}

/* The level tests' driver, in a file of its own beside the API's. */
static int write_test_annotations(const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f) {
        fprintf(stderr, "sq-apidoc: cannot write %s\n", path);
        return 1;
    }
    fputs("---@meta\n"
          "-- SkillQuest level tests (NAME.test.lua) for lua-language-server (LuaLS), beside\n"
          "-- skillquest.d.lua. Generated by tools/apidoc.c: do not edit by hand.\n\n", f);
    fputs("---@alias sq.Action \"up\"|\"down\"|\"left\"|\"right\"|\"confirm\"|\"cancel\"|\"menu\"|\"hint\"\n\n"
          "---The driver of a headless game that level tests get: test(\"...\", function(t) ... end).\n"
          "---@class sq.Test\n"
          "local Test = {}\n\n", f);
    for (size_t i = 0; i < TEST_FN_COUNT; i++)
        lua_function(f, "Test", test_fns[i].name, test_fns[i].params, test_fns[i].returns,
                     test_fns[i].summary, NULL);
    fputs("--- Declares one test case of a level test file; `skillquest --test` runs each in a\n"
          "--- fresh headless game and prints PASS or FAIL with the failing line.\n"
          "---\n"
          "--- ```lua\n"
          "--- test(\"the mentor talks\", function(t)\n"
          "---   t.load(\"my_level.lua\")\n"
          "---   t.advance()\n"
          "---   t.walk_to(\"Ada\"); t.press(\"confirm\")\n"
          "---   t.expect(t.dialogue_open(), \"Ada talks\")\n"
          "--- end)\n"
          "--- ```\n"
          "---@param name string\n"
          "---@param fn fun(t: sq.Test)\n"
          "function test(name, fn) end\n", f);
    if (fclose(f) != 0) {
        fprintf(stderr, "sq-apidoc: cannot write %s\n", path);
        return 1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: sq-apidoc OUT/levels-api.md OUT/skillquest.d.lua "
                        "OUT/skillquest_tests.d.lua\n");
        return 2;
    }
    int status = write_markdown(argv[1]);
    status |= write_annotations(argv[2]);
    status |= write_test_annotations(argv[3]);
    /* Each problem is reported twice (once per file): either is enough to fail. */
    return status || failures ? 1 : 0;
}
