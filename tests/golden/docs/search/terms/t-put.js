sitrepSearchData("terms/t-put",{"putin":"NRB8gyYS5gCLj6WUi8yMSb8","puts":"QNXd8"});
