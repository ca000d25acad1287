sitrepSearchData("terms/t-4",{"4":"HPMigJ-B32"});
