sitrepSearchData("terms/t-wha",{"what":"NRB8ozZ-a8"});
