sitrepSearchData("terms/t-bec",{"became":"x-Cf8","become":"QNXd8xxE58","becoming":"QNXd8"});
