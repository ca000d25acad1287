sitrepSearchData("terms/t-gaz",{"gaz":"HPMi8JQZr2"});
