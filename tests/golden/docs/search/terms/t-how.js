sitrepSearchData("terms/t-how",{"how":"QNXdgxxE58","however":"QNXd8xxE58"});
