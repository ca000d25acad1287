sitrepSearchData("terms/t-esp",{"especially":"NRB8ozZ-a8"});
