sitrepSearchData("terms/t-202",{"2021":"y-To8RXwf8","2022":"IS-28IJg8DQ_e8FZPv8","2023":"DTIn8zPEt8zWAp8HBz88SUf8","2024":"x-Cf8","2025":"AA98yWPf8yWQq8PwHl8xPLg8"});
