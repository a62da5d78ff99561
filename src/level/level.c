/* level: freeing and querying a level definition, and the checks that need
 * no Lua: references to skills, sprites, sounds and behaviours, quizzes,
 * text that fits its box, and whether everything is reachable from the start
 * when gates open only for skills the player can collect first. */
#include "level_internal.h"
#include "text_layout.h"

#include <stdarg.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void lvl_free_props(lvl_prop *props, int count)
{
    for (int i = 0; i < count; i++) {
        free(props[i].key);
        free(props[i].string);
    }
    free(props);
}

static void lvl_free_strings(char **list, int count)
{
    for (int i = 0; i < count; i++) free(list[i]);
    free(list);
}

void lvl_map_free(lvl_map *map)
{
    for (int i = 0; i < LVL_MAX_LAYERS; i++) free(map->layers[i]);
    free(map->solid);
    for (int i = 0; i < map->tileset_count; i++) {
        lvl_tileset *ts = &map->tilesets[i];
        free(ts->image);
        if (ts->names) lvl_free_strings(ts->names, ts->count);
        free(ts->solid);
        for (int a = 0; a < ts->anim_count; a++) free(ts->anims[a].frames);
        free(ts->anims);
    }
    free(map->tilesets);
    free(map->source);
    for (int i = 0; map->looks && i < map->layer_count; i++) free(map->looks[i].name);
    free(map->looks);
    for (int i = 0; i < map->text_count; i++) {
        free(map->texts[i].text);
        free(map->texts[i].name);
        free(map->texts[i].font_family);
    }
    free(map->texts);
    for (int i = 0; i < map->picture_count; i++) {
        free(map->pictures[i].image);
        free(map->pictures[i].name);
    }
    free(map->pictures);
    for (int i = 0; i < map->note_count; i++) {
        free(map->notes[i].file);
        free(map->notes[i].message);
    }
    free(map->notes);
    lvl_free_strings(map->files, map->file_count);
    memset(map, 0, sizeof *map);
}

void lvl_free(lvl_def *def)
{
    if (!def) return;
    free(def->id), free(def->quest), free(def->title), free(def->brief), free(def->path);
    free(def->music);
    lvl_map_free(&def->map);
    for (int i = 0; i < def->object_count; i++) {
        free(def->objects[i].type);
        free(def->objects[i].name);
        lvl_free_props(def->objects[i].props, def->objects[i].prop_count);
    }
    free(def->objects);
    for (int i = 0; i < def->dialogue_count; i++) {
        free(def->dialogues[i].id);
        for (int k = 0; k < def->dialogues[i].line_count; k++) {
            free(def->dialogues[i].lines[k].speaker);
            free(def->dialogues[i].lines[k].text);
        }
        free(def->dialogues[i].lines);
    }
    free(def->dialogues);
    for (int i = 0; i < def->quiz_count; i++) lvl_quiz_free(&def->quizzes[i]);
    free(def->quizzes);
    lvl_free_strings(def->hints, def->hint_count);
    for (int i = 0; i < def->goal_count; i++) {
        free(def->goals[i].target);
        free(def->goals[i].text);
        free(def->goals[i].hint);
    }
    free(def->goals);
    lvl_free_strings(def->requires, def->require_count);
    lvl_free_strings(def->grants, def->grant_count);
    memset(def, 0, sizeof *def);
}

const lvl_prop *lvl_prop_find(const lvl_object *obj, const char *key)
{
    for (int i = 0; i < obj->prop_count; i++)
        if (strcmp(obj->props[i].key, key) == 0) return &obj->props[i];
    return NULL;
}

const char *lvl_prop_string(const lvl_object *obj, const char *key, const char *fallback)
{
    const lvl_prop *p = lvl_prop_find(obj, key);
    return p && p->kind == LVL_VALUE_STRING ? p->string : fallback;
}

double lvl_prop_number(const lvl_object *obj, const char *key, double fallback)
{
    const lvl_prop *p = lvl_prop_find(obj, key);
    return p && p->kind == LVL_VALUE_NUMBER ? p->number : fallback;
}

const lvl_dialogue *lvl_dialogue_find(const lvl_def *def, const char *id)
{
    for (int i = 0; id && i < def->dialogue_count; i++)
        if (strcmp(def->dialogues[i].id, id) == 0) return &def->dialogues[i];
    return NULL;
}

const lvl_quiz *lvl_quiz_find(const lvl_def *def, const char *id)
{
    for (int i = 0; id && i < def->quiz_count; i++)
        if (strcmp(def->quizzes[i].id, id) == 0) return &def->quizzes[i];
    return NULL;
}

const lvl_object *lvl_object_find(const lvl_def *def, const char *type, const char *name)
{
    for (int i = 0; i < def->object_count; i++) {
        const lvl_object *o = &def->objects[i];
        if (type && strcmp(o->type, type) != 0) continue;
        if (name && (!o->name || strcmp(o->name, name) != 0)) continue;
        return o;
    }
    return NULL;
}

bool lvl_solid_at(const lvl_map *map, int tx, int ty)
{
    if (tx < 0 || ty < 0 || tx >= map->width || ty >= map->height) return true;
    return map->solid && map->solid[ty * map->width + tx];
}

/* --- checks ------------------------------------------------------------- */

typedef struct {
    const lvl_def *def;
    const lvl_check_env *env;
    int problems;
} lvl_checker;

static void lvl_problem(lvl_checker *c, int line, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static void lvl_problem(lvl_checker *c, int line, const char *fmt, ...)
{
    char message[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    c->problems++;
    if (c->env->report) c->env->report(c->env->user, line, message);
}

static int lvl_tile_of(int px)
{
    return px >= 0 ? px / LVL_TILE : -1;
}

/* An object is reached when its own tile or a tile beside it is (people and
 * terminals stand on solid ground the player walks up to). */
static bool lvl_reached(const lvl_def *def, const uint8_t *seen, const lvl_object *o)
{
    int tx = lvl_tile_of(o->x), ty = lvl_tile_of(o->y);
    static const int dx[5] = {0, 1, -1, 0, 0}, dy[5] = {0, 0, 0, 1, -1};
    for (int k = 0; k < 5; k++) {
        int x = tx + dx[k], y = ty + dy[k];
        if (x >= 0 && y >= 0 && x < def->map.width && y < def->map.height &&
            seen[y * def->map.width + x])
            return true;
    }
    return false;
}

static bool lvl_has(char **list, int count, const char *item)
{
    for (int i = 0; i < count; i++)
        if (strcmp(list[i], item) == 0) return true;
    return false;
}

/* Gates list their skills as "a" or "a, b"; all are needed. */
static bool lvl_gate_opens(const lvl_object *gate, char **held, int held_count)
{
    const char *req = lvl_prop_string(gate, "requires", "");
    char buf[256];
    snprintf(buf, sizeof buf, "%s", req);
    for (char *tok = strtok(buf, ", "); tok; tok = strtok(NULL, ", "))
        if (!lvl_has(held, held_count, tok)) return false;
    return true;
}

/* Flood fill from the start; gates whose skills are reachable open, and the
 * fill repeats until nothing changes. */
/* The skill an object teaches: an orb's `skill`, a person's `teaches`. */
const char *lvl_teaches(const lvl_object *o)
{
    if (strcmp(o->type, "skill") == 0) return lvl_prop_string(o, "skill", NULL);
    if (strcmp(o->type, "mentor") == 0 || strcmp(o->type, "npc") == 0)
        return lvl_prop_string(o, "teaches", NULL);
    return NULL;
}

/* True when the object asks an exercise of the skill (its `quiz`, one id or
 * a list "a, b"). */
static bool lvl_asks_skill(const lvl_def *def, const lvl_object *o, const char *skill)
{
    const char *ids = lvl_prop_string(o, "quiz", NULL);
    if (!ids) return false;
    for (const char *p = ids; *p;) {
        p += strspn(p, ", ");
        size_t n = strcspn(p, ", ");
        char id[LVL_MAX_NAME + 1];
        if (n == 0 || n > LVL_MAX_NAME) {
            p += n;
            continue;
        }
        memcpy(id, p, n);
        id[n] = '\0';
        p += n;
        const lvl_quiz *q = lvl_quiz_find(def, id);
        if (q && q->skill && strcmp(q->skill, skill) == 0) return true;
    }
    return false;
}

/* The tiles the player can reach, opening gates as skills become held: a
 * skill is held once its orb is reached and something reached asks one of
 * its exercises (or the level's code may). taught_out lists skills whose
 * orb is reached, held or not. */
static uint8_t *lvl_reachable(const lvl_def *def, const lvl_object *start, char ***held_out,
                              int *held_count_out, char ***taught_out, int *taught_count_out)
{
    int w = def->map.width, h = def->map.height;
    uint8_t *seen = calloc((size_t)w * (size_t)h, 1);
    uint8_t *blocked = calloc((size_t)w * (size_t)h, 1);
    int *queue = malloc(sizeof *queue * (size_t)w * (size_t)h);
    char **held = calloc((size_t)def->object_count + (size_t)def->require_count + 1, sizeof *held);
    char **taught = calloc((size_t)def->object_count + 1, sizeof *taught);
    if (!seen || !blocked || !queue || !held || !taught) {
        free(seen), free(blocked), free(queue), free(held), free(taught);
        return NULL;
    }
    int held_count = 0, taught_count = 0;
    for (int i = 0; i < def->require_count; i++) held[held_count++] = def->requires[i];
    bool changed = true;
    while (changed) {
        changed = false;
        for (int i = 0; i < def->object_count; i++) {
            const lvl_object *o = &def->objects[i];
            int tx = lvl_tile_of(o->x), ty = lvl_tile_of(o->y);
            if (strcmp(o->type, "gate") != 0 || tx < 0 || ty < 0 || tx >= w || ty >= h) continue;
            blocked[ty * w + tx] = !lvl_gate_opens(o, held, held_count);
        }
        memset(seen, 0, (size_t)w * (size_t)h);
        int head = 0, tail = 0;
        int sx = lvl_tile_of(start->x), sy = lvl_tile_of(start->y);
        if (sx >= 0 && sy >= 0 && sx < w && sy < h) {
            seen[sy * w + sx] = 1;
            queue[tail++] = sy * w + sx;
        }
        while (head < tail) {
            int cell = queue[head++], cx = cell % w, cy = cell / w;
            static const int dx[4] = {1, -1, 0, 0}, dy[4] = {0, 0, 1, -1};
            for (int k = 0; k < 4; k++) {
                int x = cx + dx[k], y = cy + dy[k];
                if (x < 0 || y < 0 || x >= w || y >= h) continue;
                int n = y * w + x;
                if (seen[n] || blocked[n] || def->map.solid[n]) continue;
                seen[n] = 1;
                queue[tail++] = n;
            }
        }
        for (int i = 0; i < def->object_count; i++) {
            const lvl_object *o = &def->objects[i];
            const char *skill = lvl_teaches(o);
            if (!skill || !lvl_reached(def, seen, o)) continue;
            if (!lvl_has(taught, taught_count, skill)) taught[taught_count++] = (char *)skill;
        }
        for (int i = 0; i < taught_count; i++) {
            if (lvl_has(held, held_count, taught[i])) continue;
            bool used = def->has_callbacks || def->bare_map; /* a bare map's level asks */
            for (int k = 0; k < def->object_count && !used; k++)
                used = lvl_reached(def, seen, &def->objects[k]) &&
                       lvl_asks_skill(def, &def->objects[k], taught[i]);
            if (used) {
                held[held_count++] = taught[i];
                changed = true;
            }
        }
    }
    free(blocked);
    free(queue);
    *held_out = held;
    *held_count_out = held_count;
    *taught_out = taught;
    *taught_count_out = taught_count;
    return seen;
}

static void lvl_check_references(lvl_checker *c)
{
    const lvl_def *def = c->def;
    const lvl_check_env *env = c->env;
    for (int i = 0; i < def->object_count; i++) {
        const lvl_object *o = &def->objects[i];
        if (env->behaviour_known && !env->behaviour_known(env->user, o->type))
            lvl_problem(c, o->line, "unknown behaviour '%s'", o->type);
        if (strlen(o->type) > LVL_MAX_NAME || (o->name && strlen(o->name) > LVL_MAX_NAME))
            lvl_problem(c, o->line, "names and types are at most %d characters", LVL_MAX_NAME);
        if (strcmp(o->type, "skill") == 0 && !lvl_prop_string(o, "skill", NULL))
            lvl_problem(c, o->line, "skill needs 'skill' (the skill it grants)");
        const char *skill = lvl_teaches(o);
        if (!skill) skill = lvl_prop_string(o, "skill", NULL);
        if (skill && env->skill_known && !env->skill_known(env->user, skill))
            lvl_problem(c, o->line, "unknown skill '%s' (not in the skill catalogue: scripts/skills/ or a pack's skills.lua)", skill);
        const char *dialogue = lvl_prop_string(o, "dialogue", NULL);
        if (dialogue && !def->bare_map && !lvl_dialogue_find(def, dialogue))
            lvl_problem(c, o->line, "%s refers to dialogue '%s', which the level does not define",
                        o->type, dialogue);
        /* One exercise, or several ("a, b", asked one after another); the
         * level's own, or its quest bank's. */
        const char *quiz = lvl_prop_string(o, "quiz", NULL);
        for (const char *q = quiz; q && *q && !def->bare_map;) {
            q += strspn(q, ", ");
            size_t n = strcspn(q, ", ");
            char id[LVL_MAX_NAME + 1];
            if (n == 0) break;
            snprintf(id, sizeof id, "%.*s", (int)(n < LVL_MAX_NAME ? n : LVL_MAX_NAME), q);
            q += n;
            if (lvl_quiz_find(def, id) || (env->exercise_known && env->exercise_known(env->user, id)))
                continue;
            lvl_problem(c, o->line, "%s refers to exercise '%s', which neither the level nor its "
                        "quest's bank defines", o->type, id);
        }
        const char *sprite = lvl_prop_string(o, "sprite", NULL);
        if (sprite && env->sprite_known && !env->sprite_known(env->user, sprite))
            lvl_problem(c, o->line, "unknown sprite '%s'", sprite);
        const char *look = lvl_prop_string(o, "look", NULL);
        char person[96];
        snprintf(person, sizeof person, "person_%s_down", look ? look : "");
        if (look && env->sprite_known && !env->sprite_known(env->user, person))
            lvl_problem(c, o->line, "unknown look '%s' (docs/art.md lists the people's looks)", look);
        const char *facing = lvl_prop_string(o, "facing", NULL);
        if (facing && strcmp(facing, "down") && strcmp(facing, "up") && strcmp(facing, "left") &&
            strcmp(facing, "right"))
            lvl_problem(c, o->line, "facing '%s': down, up, left or right", facing);
        const char *sound = lvl_prop_string(o, "sound", NULL);
        if (sound && env->sound_known && !env->sound_known(env->user, sound))
            lvl_problem(c, o->line, "unknown sound '%s'", sound);
        if (strcmp(o->type, "gate") == 0) {
            const char *req = lvl_prop_string(o, "requires", NULL);
            if (req && strspn(req, " ,") == strlen(req)) req = NULL;
            if (!req) lvl_problem(c, o->line, "gate needs 'requires' (the skill that opens it)");
            char buf[256];
            snprintf(buf, sizeof buf, "%s", req ? req : "");
            for (char *tok = strtok(buf, ", "); tok; tok = strtok(NULL, ", "))
                if (env->skill_known && !env->skill_known(env->user, tok))
                    lvl_problem(c, o->line, "gate requires unknown skill '%s'", tok);
        }
    }
    for (int i = 0; i < def->grant_count; i++)
        if (env->skill_known && !env->skill_known(env->user, def->grants[i]))
            lvl_problem(c, 0, "grants unknown skill '%s'", def->grants[i]);
    for (int i = 0; i < def->require_count; i++)
        if (env->skill_known && !env->skill_known(env->user, def->requires[i]))
            lvl_problem(c, 0, "requires unknown skill '%s'", def->requires[i]);
    if (def->music && env->sound_known && !env->sound_known(env->user, def->music))
        lvl_problem(c, 0, "unknown music '%s'", def->music);
}

static void lvl_check_quizzes(lvl_checker *c)
{
    for (int i = 0; i < c->def->quiz_count; i++)
        c->problems += lvl_check_exercise(&c->def->quizzes[i], c->env);
}

typedef struct {
    const lvl_check_env *env;
} lvl_measure_ctx;

static int lvl_measure(void *user, const char *text, size_t len)
{
    const lvl_check_env *env = ((lvl_measure_ctx *)user)->env;
    return env->text_width(env->user, text, (int)len);
}

static void lvl_check_fit_in(lvl_checker *c, int line, const char *what, const char *text,
                             int width, int most, const char *holds)
{
    if (!c->env->text_width || !text) return;
    lvl_measure_ctx ctx = {c->env};
    txt_line lines[1];
    char shown[2048];
    if (c->env->expand_keys && strlen(text) < sizeof shown / 2) {
        c->env->expand_keys(c->env->user, text, shown, sizeof shown);
        text = shown;
    }
    int n = txt_wrap(text, width, lvl_measure, &ctx, lines, 1);
    if (n > most) lvl_problem(c, line, "%s needs %d lines; %s %d: shorten or split it", what, n, holds, most);
}

static void lvl_check_fit(lvl_checker *c, int line, const char *what, const char *text)
{
    lvl_check_fit_in(c, line, what, text, LVL_TEXT_WIDTH, LVL_TEXT_LINES, "a dialogue page holds");
}

static void lvl_check_text(lvl_checker *c)
{
    const lvl_def *def = c->def;
    char what[160];
    lvl_check_fit(c, 0, "the brief", def->brief);
    for (int i = 0; i < def->dialogue_count; i++)
        for (int k = 0; k < def->dialogues[i].line_count; k++) {
            snprintf(what, sizeof what, "dialogue '%s' page %d", def->dialogues[i].id, k + 1);
            lvl_check_fit(c, def->dialogues[i].decl_line, what, def->dialogues[i].lines[k].text);
        }
    for (int i = 0; i < def->quiz_count; i++) {
        const lvl_quiz *q = &def->quizzes[i];
        snprintf(what, sizeof what, "exercise '%s' prompt", q->id);
        lvl_check_fit_in(c, q->decl_line, what, q->question, LVL_EXERCISE_WIDTH, LVL_PROMPT_LINES,
                         "the exercise panel shows");
        snprintf(what, sizeof what, "exercise '%s' explanation", q->id);
        lvl_check_fit_in(c, q->decl_line, what, q->explanation, LVL_EXERCISE_WIDTH, LVL_EXPLAIN_LINES,
                         "an explanation may take");
    }
    for (int i = 0; i < def->hint_count; i++) {
        snprintf(what, sizeof what, "hint %d", i + 1);
        lvl_check_fit(c, 0, what, def->hints[i]);
    }
    for (int i = 0; i < def->object_count; i++) {
        const char *text = lvl_prop_string(&def->objects[i], "text", NULL);
        snprintf(what, sizeof what, "%s text", def->objects[i].type);
        if (text) lvl_check_fit(c, def->objects[i].line, what, text);
    }
}

static void lvl_check_reach(lvl_checker *c)
{
    const lvl_def *def = c->def;
    if (def->goal_count > LVL_MAX_GOALS)
        lvl_problem(c, 0, "the level has %d goals; at most %d", def->goal_count, LVL_MAX_GOALS);
    const lvl_object *start = lvl_object_find(def, "start", NULL);
    if (!start) {
        lvl_problem(c, 0, "no start: put '@' in the map or add a 'start' object");
        return;
    }
    int sx = lvl_tile_of(start->x), sy = lvl_tile_of(start->y);
    if (lvl_solid_at(&def->map, sx, sy)) {
        lvl_problem(c, start->line, "the start is inside a wall or outside the map");
        return;
    }
    char **held, **taught;
    int held_count, taught_count;
    uint8_t *seen = lvl_reachable(def, start, &held, &held_count, &taught, &taught_count);
    if (!seen) return;
    for (int i = 0; i < def->object_count; i++) {
        const lvl_object *o = &def->objects[i];
        if (lvl_reached(def, seen, o)) continue;
        if (strcmp(o->type, "skill") == 0)
            lvl_problem(c, o->line, "skill '%s' cannot be reached from the start",
                        lvl_prop_string(o, "skill", "?"));
        else if (strcmp(o->type, "exit") == 0)
            lvl_problem(c, o->line, "the exit cannot be reached from the start");
    }
    for (int i = 0; i < def->goal_count; i++) {
        const lvl_goal *g = &def->goals[i];
        const lvl_object *o = NULL;
        for (int k = 0; k < def->object_count && !o; k++) {
            const lvl_object *cand = &def->objects[k];
            const char *key = g->kind == LVL_GOAL_COLLECT ? lvl_teaches(cand)
                              : g->kind == LVL_GOAL_ANSWER ? lvl_prop_string(cand, "quiz", NULL)
                                                           : cand->name;
            /* reach and talk also accept a behaviour type: reach = "exit". */
            bool by_type = (g->kind == LVL_GOAL_REACH || g->kind == LVL_GOAL_TALK) &&
                           strcmp(cand->type, g->target) == 0;
            if ((key && strcmp(key, g->target) == 0) || by_type) o = cand;
        }
        /* Code may grant a skill or ask a quiz that no object carries. */
        bool code_can = def->has_callbacks &&
                        (g->kind == LVL_GOAL_COLLECT || g->kind == LVL_GOAL_ANSWER);
        if (!o && code_can) continue;
        if (!o)
            lvl_problem(c, g->decl_line, "goal '%s': nothing in the level is '%s'",
                        g->text ? g->text : g->target, g->target);
        else if (!lvl_reached(def, seen, o))
            lvl_problem(c, g->decl_line, "goal '%s' cannot be reached from the start",
                        g->text ? g->text : g->target);
        else if (g->kind == LVL_GOAL_COLLECT && !lvl_has(held, held_count, g->target))
            lvl_problem(c, g->decl_line,
                        "goal '%s': the orb teaches '%s', but nothing the player can reach asks "
                        "one of its exercises, so it cannot be held (give a terminal or a person "
                        "quiz = an exercise with skill = \"%s\")",
                        g->text ? g->text : g->target, g->target, g->target);
    }
    free(seen);
    lvl_check_hazards(def, c->env, held, held_count);
    free(held);
    free(taught);
}

int lvl_check_bank(const lvl_def *def, const lvl_check_env *env)
{
    lvl_checker c = {def, env, 0};
    for (int i = 0; i < def->quiz_count; i++)
        if (!def->quizzes[i].skill)
            lvl_problem(&c, def->quizzes[i].decl_line,
                        "bank exercise '%s' needs 'skill': a bank's items are asked in review of it",
                        def->quizzes[i].id);
    lvl_check_quizzes(&c);
    return c.problems;
}

int lvl_check(const lvl_def *def, const lvl_check_env *env)
{
    lvl_checker c = {def, env, 0};
    if (def->is_bank) return lvl_check_bank(def, env);
    if (def->map.width <= 0 || def->map.height <= 0 || !def->map.solid) {
        lvl_problem(&c, 0, "the level has no map");
        return c.problems;
    }
    lvl_check_references(&c);
    lvl_check_quizzes(&c);
    lvl_check_text(&c);
    lvl_check_reach(&c);
    return c.problems;
}
