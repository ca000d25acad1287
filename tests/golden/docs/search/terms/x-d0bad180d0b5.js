sitrepSearchData("terms/x-d0bad180d0b5",{"кремль":"UzVt6"});
