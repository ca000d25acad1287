sitrepSearchData("terms/t-ins",{"insight":"QNXd8","insistence":"NRB8g","installed":"zYKi8MRIr8","institute":"BWKh2yRBr8DVNc8AERl8xxE58DIL92"});
