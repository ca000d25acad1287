sitrepSearchData("terms/t-dur",{"during":"HPMi8EETko"});
