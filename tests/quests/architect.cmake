# The Architect's Office (levels/architect/): its golden image, the decision
# room with the player's design measured on the panel, requirement by requirement.
add_test(NAME screen_quest_architect
         COMMAND ${T}/screens_test.sh ${GAME} $<TARGET_FILE:sq-imgdiff> ${T}/quests/screens
                 ${T}/golden architect_decision --level ${PROJECT_SOURCE_DIR}/levels/architect/02_the_decision.lua)
