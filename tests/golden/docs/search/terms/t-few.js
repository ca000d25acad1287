sitrepSearchData("terms/t-few",{"few":"NRB8gzZ-a8"});
