sitrepSearchData("terms/t-say",{"say":"FFSlg","saying":"HPMi8"});
