sitrepSearchData("terms/t-org",{"organisation":"QCMj2","organization":"FFSl8GYVua","organized":"HPMi8"});
