sitrepSearchData("terms/t-occ",{"occupational":"QNXd8","occupied":"zYKi8EWLg8A-D68yYS58","occupiers":"NRB8g","occupy":"NRB8g","occupying":"QNXd8"});
