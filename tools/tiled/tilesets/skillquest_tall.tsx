<?xml version="1.0" encoding="UTF-8"?>
<!-- Made by tools/spritegen.c from assets/art/ with the atlas (the build's assets target): do not edit. -->
<tileset version="1.8" tiledversion="1.8.2" name="skillquest_tall" tilewidth="16" tileheight="32" tilecount="8" columns="8">
 <image source="skillquest_tall.png" width="128" height="32"/>
 <tile id="0">
  <properties>
   <property name="name" value="signpost"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="hub_tree"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="hub_lamp"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="ai_model_shelf"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="quantum_fridge"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="scraping_shelf"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="games_arcade"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="games_claw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
</tileset>
