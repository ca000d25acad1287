sitrepSearchData("terms/t-air",{"air":"DTInazYzrgMEAh8","aircraft":"HPMigJ-B38yF_e8"});
