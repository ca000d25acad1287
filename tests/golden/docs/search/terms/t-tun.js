sitrepSearchData("terms/t-tun",{"tunguska":"HPMigMEAh6"});
