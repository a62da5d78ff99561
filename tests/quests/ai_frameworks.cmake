# The AI and ML Frameworks quest's golden image: the Curve Lab's floor chart
# after a run, the two curves high and close together (underfitting).
add_test(NAME screen_quest_ai_frameworks
         COMMAND ${T}/screens_test.sh ${GAME} $<TARGET_FILE:sq-imgdiff> ${T}/quests/screens
                 ${T}/golden ai_frameworks_curve_lab --level ${PROJECT_SOURCE_DIR}/levels/ai_frameworks/03_curve_lab.lua)
