sitrepSearchData("terms/t-fol",{"followed":"FFSl8","following":"HPMi8"});
