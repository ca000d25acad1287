sitrepSearchData("terms/t-per",{"personnel":"HPMi8"});
