sitrepSearchData("terms/t-zsu",{"zsu":"HPMigJ-B32"});
