/* level_quest: the checks that need more than one file. Review asks a
 * skill's exercises from every level and bank, by id; a skill is held by
 * answering one of them; and a skill can only be taught once the skills it
 * builds on are held. So across the files of a quest (and the others around
 * it): ids are unique, every skill a level teaches has enough exercises to
 * vary, and no level teaches a skill before what it builds on can be held. */
#include "level_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define LQ_MIN_ITEMS 3
#define LQ_MIN_KINDS 2
#define LQ_MAX_REQUIRES 8

typedef struct {
    const lvl_quest_file *files;
    int count;
    const lvl_quest_env *env;
    int problems;
} lq_check;

static void lq_problem(lq_check *c, const char *file, int line, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

static void lq_problem(lq_check *c, const char *file, int line, const char *fmt, ...)
{
    char msg[600];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    c->problems++;
    c->env->report(c->env->user, file, line, msg);
}

/* Exercises of the skill across every file, and how many kinds they are. */
static int lq_items(const lq_check *c, const char *skill, int *kinds)
{
    bool seen[LVL_EX_FILL + 1] = {false};
    int items = 0;
    *kinds = 0;
    for (int f = 0; f < c->count; f++) {
        const lvl_def *d = c->files[f].def;
        for (int i = 0; i < d->quiz_count; i++) {
            const lvl_quiz *q = &d->quizzes[i];
            if (!q->skill || strcmp(q->skill, skill) != 0) continue;
            items++;
            if (!seen[q->kind]) {
                seen[q->kind] = true;
                ++*kinds;
            }
        }
    }
    return items;
}

/* Does the level teach the skill (an orb, or its grants)? Its line, when known. */
static bool lq_teaches(const lvl_def *d, const char *skill, int *line)
{
    for (int i = 0; i < d->object_count; i++) {
        const lvl_object *o = &d->objects[i];
        const char *s = lvl_teaches(o);
        if (s && strcmp(s, skill) == 0) {
            if (line) *line = o->line;
            return true;
        }
    }
    for (int i = 0; i < d->grant_count; i++)
        if (strcmp(d->grants[i], skill) == 0) {
            if (line) *line = 0;
            return true;
        }
    return false;
}

static bool lq_asks(const lvl_def *d, const char *skill)
{
    for (int i = 0; i < d->quiz_count; i++)
        if (d->quizzes[i].skill && strcmp(d->quizzes[i].skill, skill) == 0) return true;
    return false;
}

static bool lq_requires(const lvl_def *d, const char *skill)
{
    for (int i = 0; i < d->require_count; i++)
        if (strcmp(d->requires[i], skill) == 0) return true;
    return false;
}

static bool lq_same(const char *a, const char *b)
{
    return a && b && strcmp(a, b) == 0;
}

/* Can `need` be held by the time file `at` teaches something built on it? */
static bool lq_held_before(const lq_check *c, int at, const char *need)
{
    const lvl_def *here = c->files[at].def;
    if (lq_requires(here, need) || (lq_teaches(here, need, NULL) && lq_asks(here, need))) return true;
    for (int f = 0; f < c->count; f++) {
        const lvl_def *d = c->files[f].def;
        if (f == at || d->is_bank || !lq_teaches(d, need, NULL)) continue;
        /* Another quest's level: its order against this one is the player's to choose. */
        if (!lq_same(d->quest, here->quest)) return true;
        if (f < at) return true; /* an earlier level of the same quest */
    }
    for (int f = 0; f < at; f++)
        if (!c->files[f].def->is_bank && lq_same(c->files[f].def->quest, here->quest) &&
            lq_requires(c->files[f].def, need))
            return true;
    return false;
}

static void lq_check_teaching(lq_check *c, int at)
{
    const lvl_def *d = c->files[at].def;
    const char *path = c->files[at].path;
    /* Each skill once, where it is first taught. */
    for (int i = 0; i < d->object_count + d->grant_count; i++) {
        const char *skill;
        if (i < d->object_count) {
            skill = lvl_teaches(&d->objects[i]);
        } else {
            skill = d->grants[i - d->object_count];
        }
        if (!skill) continue;
        int line = 0;
        lq_teaches(d, skill, &line);
        bool first = true;
        for (int k = 0; k < i && first; k++) {
            const char *other = k < d->object_count ? lvl_teaches(&d->objects[k])
                                                    : d->grants[k - d->object_count];
            first = !other || strcmp(other, skill) != 0;
        }
        if (!first) continue;
        int kinds, items = lq_items(c, skill, &kinds);
        if (c->files[at].in_quest && (items < LQ_MIN_ITEMS || kinds < LQ_MIN_KINDS))
            lq_problem(c, path, line,
                       "skill '%s' is taught here but has %d exercise%s of %d kind%s in the "
                       "levels and banks checked: it needs at least %d, of at least %d kinds, so "
                       "reviews can vary (add some to the quest's bank.lua)",
                       skill, items, items == 1 ? "" : "s", kinds, kinds == 1 ? "" : "s",
                       LQ_MIN_ITEMS, LQ_MIN_KINDS);
        char needs[LQ_MAX_REQUIRES][32];
        int n = c->env->requires ? c->env->requires(c->env->user, skill, needs, LQ_MAX_REQUIRES) : 0;
        for (int k = 0; k < n; k++)
            if (!lq_held_before(c, at, needs[k]))
                lq_problem(c, path, line,
                           "skill '%s' builds on '%s', which the player cannot hold yet: teach "
                           "'%s' in an earlier level of quest '%s', or in this one with one of "
                           "its exercises, or list it in this level's requires",
                           skill, needs[k], needs[k], d->quest ? d->quest : "?");
    }
}

/* An id must name one exercise: review and sq.ask find exercises by it. */
static void lq_check_ids(lq_check *c, int at)
{
    const lvl_def *d = c->files[at].def;
    for (int i = 0; i < d->quiz_count; i++) {
        const lvl_quiz *q = &d->quizzes[i];
        for (int f = 0; f < c->count; f++) {
            if (f == at || (c->files[f].checked && f > at)) continue;
            const lvl_quiz *other = lvl_quiz_find(c->files[f].def, q->id);
            if (!other) continue;
            char where[320];
            if (other->decl_line > 0)
                snprintf(where, sizeof where, "%s:%d", c->files[f].path, other->decl_line);
            else
                snprintf(where, sizeof where, "%s", c->files[f].path);
            lq_problem(c, c->files[at].path, q->decl_line,
                       "exercise '%s' is also declared in %s: review finds exercises by id, so "
                       "each id names one exercise across the levels and banks",
                       q->id, where);
            break;
        }
    }
}

int lvl_check_quests(const lvl_quest_file *files, int count, const lvl_quest_env *env)
{
    lq_check c = {files, count, env, 0};
    for (int f = 0; f < count; f++) {
        if (!files[f].checked) continue;
        lq_check_ids(&c, f);
        if (!files[f].def->is_bank && !files[f].def->bare_map) lq_check_teaching(&c, f);
    }
    return c.problems;
}
