sitrepSearchData("terms/t-ant",{"anthony":"UVU72","anti":"HPMigJ-B38yF_e8","antony":"FFSl8yFVt8JCDl2"});
