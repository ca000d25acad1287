sitrepSearchData("terms/t-sha",{"shared":"QNXdg","sharp":"QNXd8"});
