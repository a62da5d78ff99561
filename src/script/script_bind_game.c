/* script_bind_game: the sq.* functions about the game around the level:
 * what people say, quizzes, skills and XP, goals, sound, hints, the end of
 * the level, the quests and spaced review. Text the game will show or look
 * up is bounded (a page, a speaker, a reason, a name), with an error that
 * names the function, so the host's own work on it stays small. */
#include "script_run.h"

#include <string.h>

int scr_api_say(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    const char *speaker = scr_check_text(L, 1, "say", "the speaker's name", SCR_MAX_SPEAKER);
    int n = lua_gettop(L) - 1;
    if (n < 1) return luaL_error(L, "sq.say: needs at least one page of text");
    if (n > 16) return luaL_error(L, "sq.say: takes at most 16 pages");
    const char *pages[16];
    for (int i = 0; i < n; i++) {
        size_t len;
        pages[i] = luaL_checklstring(L, i + 2, &len);
        if (len > SCR_MAX_PAGE)
            return luaL_error(L, "sq.say: page %d is %I bytes long; a page may have at most %d "
                                 "(split it into pages)", i + 1, (lua_Integer)len, SCR_MAX_PAGE);
    }
    h->say(h->user, speaker, pages, n);
    return 0;
}

int scr_api_dialogue(lua_State *L)
{
    scr_level *lv = scr_self(L);
    const scr_host *h = scr_host_of(L);
    const char *id = scr_check_text(L, 1, "dialogue", "the dialogue's name", SCR_MAX_NAME);
    const lvl_dialogue *d = lvl_dialogue_find(lv->def, id);
    if (!d) return luaL_error(L, "sq.dialogue: no dialogue '%s' in this level", id);
    /* Consecutive pages by one speaker go in one box; a new speaker opens another. */
    const char *pages[16];
    int i = 0;
    while (i < d->line_count) {
        int n = 0;
        const char *speaker = d->lines[i].speaker;
        while (i < d->line_count && n < 16 && strcmp(d->lines[i].speaker, speaker) == 0)
            pages[n++] = d->lines[i++].text;
        h->say(h->user, speaker, pages, n);
    }
    return 0;
}

int scr_api_ask(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    const char *ids[16];
    int n = 0;
    /* Slot 2 is the title or nil: the list's items are pushed above it. */
    lua_settop(L, 2);
    if (lua_type(L, 1) == LUA_TTABLE) {
        lua_Unsigned len = lua_rawlen(L, 1);
        if (len < 1 || len > 16) return luaL_error(L, "sq.ask: a list of 1 to 16 exercises");
        for (lua_Unsigned i = 1; i <= len; i++) {
            lua_rawgeti(L, 1, (lua_Integer)i);
            ids[n++] = scr_check_text(L, -1, "ask", "an exercise's name", SCR_MAX_NAME);
        }
    } else {
        ids[n++] = scr_check_text(L, 1, "ask", "the exercise's name", SCR_MAX_NAME);
    }
    const char *title = lua_isnoneornil(L, 2) ? "Terminal"
                                              : scr_check_text(L, 2, "ask", "the title", SCR_MAX_SPEAKER);
    if (!h->ask(h->user, ids, n, title)) {
        /* Which one is unknown: asking them one at a time finds it. */
        for (int i = 0; i < n; i++)
            if (!h->ask(h->user, &ids[i], 0, title))
                return luaL_error(L, "sq.ask: no exercise '%s' in this level or its quest's bank",
                                  ids[i]);
    }
    return 0;
}

int scr_api_grant(lua_State *L)
{
    scr_level *lv = scr_self(L);
    const scr_host *h = scr_host_of(L);
    const char *skill = scr_check_text(L, 1, "grant", "the skill's id", SCR_MAX_NAME);
    lua_rawgeti(L, LUA_REGISTRYINDEX, lv->skills_ref);
    if (scr_rawfield(L, -1, skill) != LUA_TTABLE)
        return luaL_error(L, "sq.grant: unknown skill '%s' (not in the skill catalogue: scripts/skills/ or a pack's skills.lua)", skill);
    int entry = lua_gettop(L);
    const char *name = scr_rawfield(L, entry, "name") == LUA_TSTRING ? lua_tostring(L, -1) : skill;
    const char *card = scr_rawfield(L, entry, "card") == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
    char why[SCR_MAX_MESSAGE];
    why[0] = '\0';
    /* The strings stay on the stack meanwhile. */
    bool taught = h->grant(h->user, skill, name, card, why, sizeof why);
    lua_pushboolean(L, taught);
    if (taught) return 1;
    lua_pushstring(L, why);
    return 2;
}

int scr_api_xp(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    lua_Integer n = luaL_checkinteger(L, 1);
    if (n < 1 || n > 1000) return luaL_argerror(L, 1, "xp must be 1..1000");
    h->add_xp(h->user, (int)n);
    return 0;
}

int scr_api_has_skill(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    const char *skill = scr_check_text(L, 1, "has_skill", "the skill's id", SCR_MAX_NAME);
    lua_pushboolean(L, h->has_skill(h->user, skill));
    return 1;
}

int scr_api_goal(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    h->goal_done(h->user, scr_check_text(L, 1, "goal", "the goal's target", SCR_MAX_NAME));
    return 0;
}

int scr_api_goals_met(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    lua_pushboolean(L, h->goals_met(h->user));
    return 1;
}

int scr_api_hurt(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    h->hurt(h->user);
    return 0;
}

int scr_api_sound(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    h->play_sound(h->user, scr_check_text(L, 1, "sound", "the sound's name", SCR_MAX_NAME));
    return 0;
}

int scr_api_music(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    h->play_music(h->user, scr_check_text(L, 1, "music", "the track's name", SCR_MAX_NAME));
    return 0;
}

int scr_api_hint(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    lua_pushboolean(L, h->reveal_hint(h->user));
    return 1;
}

int scr_api_complete(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    h->complete(h->user);
    return 0;
}

int scr_api_fail(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    h->fail(h->user, scr_check_text(L, 1, "fail", "the reason", SCR_MAX_REASON));
    return 0;
}

int scr_api_reviews_due(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    lua_pushinteger(L, h->reviews_due(h->user));
    return 1;
}

int scr_api_review(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    lua_Integer max = luaL_optinteger(L, 1, 3);
    if (max < 1 || max > 8) return luaL_argerror(L, 1, "ask 1 to 8 questions");
    lua_pushinteger(L, h->review(h->user, (int)max));
    return 1;
}

int scr_api_quests(lua_State *L)
{
    scr_level *lv = scr_self(L);
    const scr_host *h = scr_host_of(L);
    lua_rawgeti(L, LUA_REGISTRYINDEX, lv->fields_ref);
    int fields = lua_gettop(L);
    lua_Unsigned n = lua_rawlen(L, fields);
    /* A field may need other quests finished first (the capstone: `quests`). */
    int complete = 0;
    for (lua_Unsigned i = 1; i <= n && i <= 64; i++) {
        if (lua_rawgeti(L, fields, (lua_Integer)i) == LUA_TTABLE &&
            scr_rawfield(L, -1, "id") == LUA_TSTRING) {
            int levels = 0, won = 0;
            h->quest_status(h->user, lua_tostring(L, -1), &levels, &won);
            complete += levels > 0 && won >= levels;
        }
        lua_settop(L, fields);
    }
    lua_createtable(L, (int)(n < 64 ? n : 64), 0);
    int out = lua_gettop(L);
    for (lua_Unsigned i = 1; i <= n && i <= 64; i++) {
        if (lua_rawgeti(L, fields, (lua_Integer)i) != LUA_TTABLE) {
            lua_pop(L, 1);
            continue;
        }
        int f = lua_gettop(L);
        if (scr_rawfield(L, f, "id") != LUA_TSTRING) {
            lua_settop(L, out);
            continue;
        }
        const char *id = lua_tostring(L, -1);
        int levels = 0, won = 0;
        h->quest_status(h->user, id, &levels, &won);
        bool open = true;
        if (scr_rawfield(L, f, "requires") == LUA_TTABLE) {
            lua_Unsigned rn = lua_rawlen(L, -1);
            for (lua_Unsigned k = 1; k <= rn && open; k++) {
                if (lua_rawgeti(L, -1, (lua_Integer)k) == LUA_TSTRING)
                    open = h->has_skill(h->user, lua_tostring(L, -1));
                lua_pop(L, 1);
            }
        }
        lua_pop(L, 1);
        int need_quests = 0;
        if (scr_rawfield(L, f, "quests") == LUA_TNUMBER && lua_isinteger(L, -1)) {
            lua_Integer q = lua_tointeger(L, -1);
            int others = complete - (levels > 0 && won >= levels);
            need_quests = q > others ? (int)(q > 64 ? 64 : q) - others : 0;
            open = open && need_quests == 0;
        }
        lua_pop(L, 1);
        lua_createtable(L, 0, 7);
        lua_pushvalue(L, -2);
        lua_setfield(L, -2, "id");
        scr_rawfield(L, f, "name");
        lua_setfield(L, -2, "name");
        scr_rawfield(L, f, "requires");
        lua_setfield(L, -2, "requires");
        lua_pushinteger(L, levels);
        lua_setfield(L, -2, "levels");
        lua_pushinteger(L, won);
        lua_setfield(L, -2, "won");
        lua_pushboolean(L, open);
        lua_setfield(L, -2, "open");
        lua_pushinteger(L, need_quests);
        lua_setfield(L, -2, "needs_quests");
        lua_rawseti(L, out, (lua_Integer)lua_rawlen(L, out) + 1);
        lua_settop(L, out);
    }
    return 1;
}

int scr_api_enter_quest(lua_State *L)
{
    const scr_host *h = scr_host_of(L);
    const char *quest = scr_check_text(L, 1, "enter_quest", "the quest's id", SCR_MAX_NAME);
    lua_pushboolean(L, h->enter_quest(h->user, quest));
    return 1;
}

int scr_api_skill(lua_State *L)
{
    scr_level *lv = scr_self(L);
    const char *id = scr_check_text(L, 1, "skill", "the skill's id", SCR_MAX_NAME);
    lua_rawgeti(L, LUA_REGISTRYINDEX, lv->skills_ref);
    if (scr_rawfield(L, -1, id) != LUA_TTABLE) {
        lua_pushnil(L);
        return 1;
    }
    /* A copy, so a level cannot edit the catalogue other levels read. */
    int src = lua_gettop(L);
    lua_newtable(L);
    static const char *const fields[] = {"id", "name", "field", "side", "card"};
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++) {
        scr_rawfield(L, src, fields[i]);
        lua_setfield(L, -2, fields[i]);
    }
    return 1;
}
