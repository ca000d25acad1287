sitrepSearchData("terms/t-sev",{"several":"HPMigEETkg","seversk":"FFSl8ENMnm"});
